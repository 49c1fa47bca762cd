import { randomBytes } from "node:crypto";
import { assertFormat, type DraftFormat } from "../../core/drafts/formats/accepted-formats.js";
import { toEml } from "../../core/drafts/formats/to-eml.js";
import { toMailto } from "../../core/drafts/formats/to-mailto.js";
import { toPdf } from "../../core/drafts/formats/to-pdf.js";
import { toPlainText } from "../../core/drafts/formats/to-plain-text.js";
import { invalidInput } from "../../errors/app-error.js";
import type { UseCaseContext } from "../context.js";
import { composeActionDraft } from "./compose-action-draft.js";

export const DRAFT_FORMATS: readonly DraftFormat[] = ["text", "eml", "mailto", "pdf"];

export interface RenderedDraft {
  format: DraftFormat;
  contentType: string;
  /** A file name a person recognises: "thank-you-email-dana-whitfield.eml". */
  fileName: string;
  content: string | Buffer;
}

/** The draft of an action in one of the formats its channel has a use for. */
export async function renderActionDraft(
  ctx: UseCaseContext,
  actionId: string,
  format: string,
): Promise<RenderedDraft> {
  if (!DRAFT_FORMATS.includes(format as DraftFormat)) {
    throw invalidInput("format", `Unknown format "${format}".`, DRAFT_FORMATS.join(", "));
  }
  const { draft, input } = await composeActionDraft(ctx, actionId);
  const f = format as DraftFormat;
  assertFormat(draft.channel, f);
  const base = [input.action.kind, input.contact?.name ?? input.company.name]
    .join("-")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .toLowerCase();
  switch (f) {
    case "text":
      return {
        format: f,
        contentType: "text/plain; charset=utf-8",
        fileName: `${base}.txt`,
        content: toPlainText(draft),
      };
    case "mailto":
      return {
        format: f,
        contentType: "text/plain; charset=utf-8",
        fileName: `${base}.txt`,
        content: toMailto(draft),
      };
    case "eml": {
      const domain = input.profile.email?.split("@")[1] ?? "followthrough.invalid";
      const content = toEml(draft, {
        to: { name: input.contact?.name ?? "", email: input.contact?.email ?? null },
        date: ctx.now(),
        messageId: `<${input.action.id}.${randomBytes(6).toString("hex")}@${domain}>`,
        profile: input.profile,
      });
      return { format: f, contentType: "message/rfc822", fileName: `${base}.eml`, content };
    }
    case "pdf": {
      const kind = draft.channel === "card" ? "card" : "letter";
      return {
        format: f,
        contentType: "application/pdf",
        fileName: `${base}.pdf`,
        content: await toPdf(draft, { kind, createdAt: ctx.now() }),
      };
    }
    default:
      return f satisfies never;
  }
}
