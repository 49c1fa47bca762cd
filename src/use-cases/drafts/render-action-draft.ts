import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Finding } from "../../core/checks/check.types.js";
import type { Draft } from "../../core/drafts/draft.types.js";
import { assertFormat, type DraftFormat } from "../../core/drafts/formats/accepted-formats.js";
import { fontRuns, missingGlyphsWarning } from "../../core/drafts/formats/font-runs.js";
import { toEml } from "../../core/drafts/formats/to-eml.js";
import { toMailto } from "../../core/drafts/formats/to-mailto.js";
import { toPdf } from "../../core/drafts/formats/to-pdf.js";
import { toPlainText } from "../../core/drafts/formats/to-plain-text.js";
import { invalidInput } from "../../errors/app-error.js";
import type { UseCaseContext } from "../context.js";
import { parseInput } from "../parse-input.js";
import { composeActionDraft } from "./compose-action-draft.js";
import { findPdfFonts } from "./find-pdf-fonts.js";
import { runCheckDraft } from "./run-check-draft.js";

export const DRAFT_FORMATS: readonly DraftFormat[] = ["text", "eml", "mailto", "pdf"];

/**
 * The user's edits of a draft, rendered instead of the composed text. Absent fields keep the
 * draft's own; an empty subject means none. Limits match the checks (check-text.ts), so whatever
 * the editor can check it can also download.
 */
export const draftEditsInput = z.strictObject({
  subject: z
    .string()
    .max(500)
    // Refused before trimming, so a trailing line break is not silently dropped: a header value
    // with CR/LF would start a new header (injection); to-eml.ts refuses it too.
    .refine((s) => !/[\r\n\0]/.test(s), "must be one line: no line breaks")
    .transform((s) => (s.trim() === "" ? null : s.trim()))
    .nullish(),
  body: z
    .string()
    .max(100_000)
    .refine((s) => s.trim() !== "", "must not be empty")
    .optional(),
});
export type DraftEdits = z.input<typeof draftEditsInput>;

export interface RenderedDraft {
  format: DraftFormat;
  contentType: string;
  /** A file name a person recognises: "thank-you-email-dana-whitfield.eml". */
  fileName: string;
  content: string | Buffer;
  /** The draft as rendered: the composed one, or with the user's edits in it. */
  draft: Draft;
  /** The checks of exactly that text, as this action's draft (R21, R22, R19, R7). */
  findings: Finding[];
  /** Characters a PDF has no glyph for (they print as empty boxes); empty for other formats. */
  missingGlyphs: string[];
  /** What the user should know about the file, in words (the missing glyphs). */
  warnings: string[];
}

/**
 * The draft of an action in one of the formats its channel has a use for. With `edits`, the
 * user's own subject and body are rendered instead of the composed ones, to the same recipient,
 * with the same checks of the format and of the headers.
 */
export async function renderActionDraft(
  ctx: UseCaseContext,
  actionId: string,
  format: string,
  edits?: DraftEdits,
): Promise<RenderedDraft> {
  if (!DRAFT_FORMATS.includes(format as DraftFormat)) {
    throw invalidInput("format", `Unknown format "${format}".`, DRAFT_FORMATS.join(", "));
  }
  // Validated before anything is read, so a bad edit is refused the same way for any action.
  const edited = edits === undefined ? undefined : parseInput(draftEditsInput, edits);
  const composed = await composeActionDraft(ctx, actionId);
  const { input } = composed;
  const draft =
    edited === undefined
      ? composed.draft
      : {
          ...composed.draft,
          subject: edited.subject === undefined ? composed.draft.subject : edited.subject,
          body: edited.body ?? composed.draft.body,
        };
  const f = format as DraftFormat;
  assertFormat(draft.channel, f);
  const findings =
    edited === undefined
      ? composed.findings
      : await runCheckDraft(
          draft.body,
          {
            ...composed.checkContext,
            subject: edited.subject ?? composed.checkContext.subject ?? null,
          },
          "body",
        );
  const checked = { draft, findings, missingGlyphs: [] as string[], warnings: [] as string[] };
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
        ...checked,
      };
    case "mailto":
      return {
        format: f,
        contentType: "text/plain; charset=utf-8",
        fileName: `${base}.txt`,
        content: toMailto(draft),
        ...checked,
      };
    case "eml": {
      const domain = input.profile.email?.split("@")[1] ?? "followthrough.invalid";
      const content = toEml(draft, {
        to: { name: input.contact?.name ?? "", email: input.contact?.email ?? null },
        date: ctx.now(),
        messageId: `<${input.action.id}.${randomBytes(6).toString("hex")}@${domain}>`,
        profile: input.profile,
      });
      return {
        format: f,
        contentType: "message/rfc822",
        fileName: `${base}.eml`,
        content,
        ...checked,
      };
    }
    case "pdf": {
      const kind = draft.channel === "card" ? "card" : "letter";
      const fonts = findPdfFonts();
      const { missing } = fontRuns(draft.body, fonts);
      const warning = missingGlyphsWarning(missing);
      return {
        format: f,
        contentType: "application/pdf",
        fileName: `${base}.pdf`,
        content: await toPdf(draft, { kind, createdAt: ctx.now(), fonts }),
        ...checked,
        missingGlyphs: missing,
        warnings: warning ? [warning] : [],
      };
    }
    default:
      return f satisfies never;
  }
}
