import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import { authCall } from "./api.js";

/** A passkey of the signed-in account, as better-auth lists it. */
export interface Passkey {
  id: string;
  name: string | null;
  createdAt: string | null;
  deviceType: string;
  backedUp: boolean;
}

/** The browser's words when the person closes the passkey prompt, said plainly. */
function plainly(error: unknown): Error {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError")
    return new Error("No passkey was used: the prompt was closed or timed out. Try again.");
  if (name === "InvalidStateError")
    return new Error("This device already holds a passkey for this account.");
  return error instanceof Error ? error : new Error(String(error));
}

/** Makes a passkey on this device for the signed-in account, named as the person chose. */
export async function addPasskey(name: string): Promise<void> {
  const { startRegistration } = await import("@simplewebauthn/browser");
  const optionsJSON = (await authCall(
    "/passkey/generate-register-options",
  )) as PublicKeyCredentialCreationOptionsJSON;
  const response = await startRegistration({ optionsJSON }).catch((e: unknown) => {
    throw plainly(e);
  });
  await authCall("/passkey/verify-registration", { response, name: name || undefined });
}

/** Signs in with a passkey this device (or a phone nearby) holds for this server. */
export async function signInWithPasskey(): Promise<void> {
  const { startAuthentication } = await import("@simplewebauthn/browser");
  const optionsJSON = (await authCall(
    "/passkey/generate-authenticate-options",
  )) as PublicKeyCredentialRequestOptionsJSON;
  const response = await startAuthentication({ optionsJSON }).catch((e: unknown) => {
    throw plainly(e);
  });
  await authCall("/passkey/verify-authentication", { response });
}

export const listPasskeys = () => authCall("/passkey/list-user-passkeys") as Promise<Passkey[]>;
export const removePasskey = (id: string) => authCall("/passkey/delete-passkey", { id });
