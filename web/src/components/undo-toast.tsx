import type { DeletedRecord } from "../../../src/client/api-types.js";

/** Says what a delete took away and offers Undo, on screen wherever the person scrolled to. */
export function UndoToast(props: { deleted: DeletedRecord | null; onUndo: () => void }) {
  return (
    <div role="status" aria-live="polite">
      {props.deleted ? (
        <div className="undo-toast">
          <p>Deleted {props.deleted.label}</p>
          <button type="button" className="undo" onClick={props.onUndo}>
            Undo
          </button>
        </div>
      ) : null}
    </div>
  );
}
