// The drafting use cases, in one module the CLI loads on demand (see draft.command.ts).
export { answerQuestion } from "../../../use-cases/drafts/answer-question.js";
export { checkText } from "../../../use-cases/drafts/check-text.js";
export { discardDraftEdits } from "../../../use-cases/drafts/discard-draft-edits.js";
export {
  listTemplates,
  resetTemplate,
  saveTemplate,
  showTemplate,
} from "../../../use-cases/drafts/manage-templates.js";
export { pickDraftNews } from "../../../use-cases/drafts/pick-draft-news.js";
export { renderActionDraft } from "../../../use-cases/drafts/render-action-draft.js";
export { saveDraftEdits } from "../../../use-cases/drafts/save-draft-edits.js";
export { switchDraftChannel } from "../../../use-cases/drafts/switch-draft-channel.js";
