import { createContext, useContext } from "react";
import type { DeletedRecord } from "../../../src/client/api-types.js";

/** What an entry of the application's timeline reports after a change: the screen shows it. */
export interface TimelineEdits {
  /** A change was saved: the status line says `message`, and the application is reloaded. */
  saved: (message: string) => void;
  /** A record was deleted: the screen offers Undo and reloads. */
  deleted: (record: DeletedRecord) => void;
}

export const TimelineEditsContext = createContext<TimelineEdits>({
  saved: () => {},
  deleted: () => {},
});

export function useTimelineEdits(): TimelineEdits {
  return useContext(TimelineEditsContext);
}
