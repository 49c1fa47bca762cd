import type { Agenda } from "../../src/client/api-types.js";
import { INLINED_AGENDA_ID } from "../../src/client/inlined-data.js";

/**
 * Today's agenda as the server sent it inside the first page (a JSON data script, never run or
 * rendered as HTML), taken once: later visits of Today fetch it afresh. Null when absent.
 */
export function takeInlinedAgenda(): Agenda | null {
  const script = document.getElementById(INLINED_AGENDA_ID);
  if (!script) return null;
  script.remove();
  try {
    return JSON.parse(script.textContent ?? "") as Agenda;
  } catch {
    return null;
  }
}
