import { useState } from "react";
import { ApiError } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { useOnline } from "./use-waiting-writes.js";
import {
  dependentsOf,
  discardWrite,
  heldForOthers,
  retryWrite,
  syncWaiting,
  type WaitingWrite,
} from "./waiting-writes.js";

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * What this phone keeps that the server does not have yet (issue 13): each write waiting to be
 * sent, and each the server refused, with its answer, Retry and Discard.
 */
export function WaitingWritesPanel({ writes }: { writes: WaitingWrite[] }) {
  const online = useOnline();
  const [busy, setBusy] = useState(false);
  const others = heldForOthers();
  if (writes.length === 0)
    return others > 0 ? (
      <p className="muted">
        {plural(others, "entry", "entries")} typed on this phone under another account{" "}
        {others === 1 ? "waits" : "wait"} here, unsent: {others === 1 ? "it goes" : "they go"} when
        that account signs in here again.
      </p>
    ) : null;
  const failed = writes.filter((w) => w.state === "failed");
  const waiting = writes.length - failed.length;
  const byId = new Map(writes.map((w) => [w.clientId, w]));
  const sendNow = async () => {
    setBusy(true);
    try {
      await syncWaiting();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card waiting" aria-labelledby="waiting-title">
      <h2 id="waiting-title" className="waiting-title">
        On this phone, not sent yet
      </h2>
      <p>
        {[
          waiting > 0 ? `${waiting} waiting to be sent` : "",
          failed.length > 0 ? `${failed.length} refused by the server` : "",
        ]
          .filter(Boolean)
          .join("; ")}
        .{" "}
        {waiting === 0
          ? "Retry sends it again as it is; Discard throws it away."
          : online
            ? "They are sent while this screen is open."
            : "No connection: they are kept here and sent when it returns."}
      </p>
      <ul className="list">
        {writes.map((w) => {
          const parent = blockingParent(w, byId);
          const after = dependentsOf(w.clientId, writes).length;
          return (
            <li key={w.clientId} className={w.state === "failed" ? "waiting-item failed" : ""}>
              <span className={`badge ${w.state === "failed" ? "error" : ""}`}>
                {w.state === "failed" ? "refused" : "waiting"}
              </span>{" "}
              {w.label}
              {parent ? (
                <span className="muted">
                  {" "}
                  — waits for {parent.label}
                  {parent.state === "failed" ? ", which was refused" : ""}
                </span>
              ) : null}
              {w.state === "failed" && w.error ? (
                <>
                  <ErrorMessage error={new ApiError(w.error.status, w.error.body)} />
                  <div className="buttons">
                    <button type="button" onClick={() => void retryWrite(w.clientId)}>
                      Retry<span className="visually-hidden"> {w.label}</span>
                    </button>
                    <button type="button" onClick={() => void discardWrite(w.clientId)}>
                      Discard<span className="visually-hidden"> {w.label}</span>
                    </button>
                  </div>
                  {after > 0 ? (
                    <p className="muted">
                      Discarding it also discards the {plural(after, "entry", "entries")} typed for
                      it (its people and notes).
                    </p>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {online && waiting > 0 ? (
        <button type="button" onClick={() => void sendNow()} disabled={busy}>
          Send now
        </button>
      ) : null}
    </section>
  );
}

function blockingParent(
  write: WaitingWrite,
  byId: Map<string, WaitingWrite>,
): WaitingWrite | undefined {
  const refs =
    write.kind === "contact"
      ? [write.interview]
      : write.kind === "note"
        ? [write.interview, write.contact]
        : [];
  for (const ref of refs) if (ref && "clientId" in ref) return byId.get(ref.clientId);
  return undefined;
}
