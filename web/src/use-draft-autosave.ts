import { useCallback, useEffect, useRef, useState } from "react";
import { createApiClient } from "../../src/client/api-client.js";
import { ApiError, api } from "./api.js";

/** How long after the last key the text is saved. */
export const SAVE_DELAY_MS = 1000;

export interface DraftText {
  subject: string;
  body: string;
}

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string | null }
  | { kind: "empty" }
  | { kind: "error"; error: unknown }
  /** Another device or tab saved a newer revision: nothing more is saved until the user chooses. */
  | { kind: "conflict" };

// A save started while the page is being left must outlive it (reload, closing the tab).
const leavingApi = createApiClient({
  fetch: (input, init) => fetch(input, { ...init, keepalive: true }),
});

/**
 * Saves the draft on the server as the user types: once the text rests for a second, and at once
 * when the page is hidden or left. Saves run one after the other, each with the revision the last
 * one returned, so this device never trips over its own saves; a newer revision from elsewhere
 * stops saving and says so (see saveDraftEdits).
 */
export function useDraftAutosave(options: {
  actionId: string;
  text: DraftText;
  /** What the server holds now (the saved edits, or the composed text when none). */
  stored: DraftText;
  revision: number;
  savedAt: string | null;
  edited: boolean;
  /** False for a text that can no longer change. */
  enabled: boolean;
}): {
  state: SaveState;
  pause: (paused: boolean) => void;
  overwrite: (newer: number) => Promise<void>;
} {
  const { actionId, enabled } = options;
  const [state, setState] = useState<SaveState>(
    options.edited ? { kind: "saved", at: options.savedAt } : { kind: "idle" },
  );
  const latest = useRef(options.text);
  latest.current = options.text;
  const stored = useRef(options.stored);
  const revision = useRef(options.revision);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const stopped = useRef(!enabled);
  const conflicted = useRef(false);

  const saveNow = useCallback(
    (leaving = false): Promise<void> => {
      const run = async () => {
        const text = latest.current;
        if (stopped.current || conflicted.current) return;
        if (same(text, stored.current)) return;
        if (text.body.trim() === "") {
          setState({ kind: "empty" });
          return;
        }
        setState({ kind: "saving" });
        try {
          const saved = await (leaving ? leavingApi : api).saveDraft(actionId, {
            subject: text.subject,
            body: text.body,
            revision: revision.current,
          });
          revision.current = saved.revision;
          stored.current = text;
          // Typed on while saving: "Saving…" stays until the next save, which follows this one.
          if (same(latest.current, text) || leaving) setState({ kind: "saved", at: saved.savedAt });
        } catch (error) {
          if (error instanceof ApiError && error.status === 409 && error.field === "revision") {
            conflicted.current = true;
            setState({ kind: "conflict" });
          } else setState({ kind: "error", error });
        }
      };
      chain.current = chain.current.then(run, run);
      return chain.current;
    },
    [actionId],
  );

  // Debounced: a second after the last change.
  const { subject, body } = options.text;
  useEffect(() => {
    if (stopped.current || same({ subject, body }, stored.current)) return;
    const timer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [subject, body, saveNow]);

  // Leaving: the tab hidden, the page unloaded, or another screen of the app opened.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void saveNow(true);
    };
    const onLeave = () => void saveNow(true);
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onLeave);
      void saveNow(true);
    };
  }, [saveNow]);

  /** While the text is being sent: nothing is saved over it. */
  const pause = useCallback((paused: boolean) => {
    stopped.current = paused;
  }, []);
  /** "Keep mine": save this text over the newer revision the user has now been told of. */
  const overwrite = useCallback(
    (newer: number) => {
      revision.current = newer;
      conflicted.current = false;
      stored.current = { subject: "\u0000", body: "\u0000" };
      return saveNow();
    },
    [saveNow],
  );
  return { state, pause, overwrite };
}

function same(a: DraftText, b: DraftText): boolean {
  return a.subject === b.subject && a.body === b.body;
}
