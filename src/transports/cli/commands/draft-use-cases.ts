// The drafting use cases, in one module the CLI loads on demand (see draft.command.ts).
export { answerQuestion } from "../../../use-cases/drafts/answer-question.js";
export { checkText } from "../../../use-cases/drafts/check-text.js";
export {
  listTemplates,
  resetTemplate,
  saveTemplate,
  showTemplate,
} from "../../../use-cases/drafts/manage-templates.js";
export { renderActionDraft } from "../../../use-cases/drafts/render-action-draft.js";
