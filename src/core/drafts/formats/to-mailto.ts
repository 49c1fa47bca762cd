import { invalidInput } from "../../../errors/app-error.js";
import type { Draft } from "../draft.types.js";
import { assertFormat } from "./accepted-formats.js";

/** RFC 6068 wants every reserved character escaped; encodeURIComponent leaves a few. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A mailto: link that opens the draft in the user's mail program (line breaks as CRLF). */
export function toMailto(draft: Draft): string {
  assertFormat(draft.channel, "mailto");
  const to = draft.to ?? "";
  if (!/^[^\s@]+@[^\s@]+$/.test(to)) {
    throw invalidInput(
      "email",
      `${to === "" ? "The recipient" : to} has no email address; add one with contact edit/add --email.`,
      "a contact with an email address",
    );
  }
  const [local = "", domain = ""] = [
    to.slice(0, to.lastIndexOf("@")),
    to.slice(to.lastIndexOf("@") + 1),
  ];
  const query = [
    ...(draft.subject === null ? [] : [`subject=${encode(draft.subject)}`]),
    `body=${encode(draft.body.replace(/\r?\n/g, "\r\n"))}`,
  ];
  return `mailto:${encode(local)}@${encode(domain)}?${query.join("&")}`;
}
