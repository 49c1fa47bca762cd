import { validateTemplate } from "../../core/drafts/template/validate-template.js";
import {
  BUILT_IN_TEMPLATES,
  isTemplateId,
  TEMPLATE_IDS,
  type TemplateId,
} from "../../core/drafts/templates/built-in-templates.js";
import { invalidInput } from "../../errors/app-error.js";
import {
  deleteTemplateOverride,
  listTemplateOverrides,
  saveTemplateOverride,
} from "../../store/repositories/template.repository.js";
import type { UseCaseContext } from "../context.js";

export interface TemplateView {
  id: TemplateId;
  text: string;
  /** True when the user edited it; false when it is the built-in text. */
  edited: boolean;
}

export async function listTemplates(ctx: UseCaseContext): Promise<TemplateView[]> {
  const overrides = await listTemplateOverrides(ctx.db, ctx.accountId);
  return TEMPLATE_IDS.map((id) => ({
    id,
    text: overrides[id] ?? builtIn(id),
    edited: id in overrides,
  }));
}

export async function showTemplate(ctx: UseCaseContext, id: string): Promise<TemplateView> {
  const all = await listTemplates(ctx);
  const found = all.find((t) => t.id === id);
  if (!found) throw invalidInput("template", `Unknown template "${id}".`, TEMPLATE_IDS.join(", "));
  return found;
}

/** Saves the user's version; unknown fields and broken sections are refused before anything is stored. */
export async function saveTemplate(
  ctx: UseCaseContext,
  id: string,
  text: string,
): Promise<TemplateView> {
  if (!isTemplateId(id))
    throw invalidInput("template", `Unknown template "${id}".`, TEMPLATE_IDS.join(", "));
  validateTemplate(id, text);
  await saveTemplateOverride(ctx.db, ctx.accountId, id, text, ctx.now());
  return { id, text, edited: true };
}

/** Back to the built-in text. */
export async function resetTemplate(ctx: UseCaseContext, id: string): Promise<TemplateView> {
  if (!isTemplateId(id))
    throw invalidInput("template", `Unknown template "${id}".`, TEMPLATE_IDS.join(", "));
  await deleteTemplateOverride(ctx.db, ctx.accountId, id);
  return { id, text: builtIn(id), edited: false };
}

function builtIn(id: TemplateId): string {
  return BUILT_IN_TEMPLATES[id];
}
