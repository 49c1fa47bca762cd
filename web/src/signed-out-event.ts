/** Sent when the server answers 401: hosted mode without a valid session (never in local mode). */
export const SIGNED_OUT_EVENT = "followthrough:signed-out";
