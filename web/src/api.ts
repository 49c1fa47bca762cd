import { ApiError } from "../../src/client/api-error.js";
import { createApiClient } from "../../src/client/api-client.js";

export const api = createApiClient();
export { ApiError };
