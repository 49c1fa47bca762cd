import { createApiClient } from "../../src/client/api-client.js";
import { ApiError } from "../../src/client/api-error.js";

export const api = createApiClient();
export { ApiError };
