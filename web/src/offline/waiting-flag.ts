/** Set while writes typed offline wait on this phone, so the app sends them on its next start. */
export const WAITING_FLAG = "followthrough.waiting";
