import { type FormEvent, useState } from "react";
import type { AgendaRow } from "../../../src/client/api-types.js";
import { withoutSources } from "../../../src/core/planner/without-sources.js";
import { addDays, channelLabel, formatDate, kindLabel } from "../format.js";
import { loadApi } from "../load-api.js";
import { Link } from "../router.js";
import { ErrorMessage } from "./error-message.js";

type Mode = "idle" | "snooze" | "skip";

/** One follow-up on Today: what, for whom, why (with its rules), and one-click actions (R26). */
export function ActionItem({
  row,
  today,
  onChanged,
}: {
  row: AgendaRow;
  today: string;
  onChanged: (message: string) => void;
}) {
  const { action } = row;
  const [mode, setMode] = useState<Mode>("idle");
  const [until, setUntil] = useState(addDays(today, 1));
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const who = row.contactName ?? row.companyName;
  const title = `${kindLabel(action.kind)} — ${who}`;

  const run = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged(message);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const submitSnooze = (e: FormEvent) => {
    e.preventDefault();
    void run(
      async () => (await loadApi()).snooze(action.id, until),
      `Snoozed: ${title}, until ${formatDate(until)}.`,
    );
  };
  const submitSkip = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => (await loadApi()).skip(action.id, reason), `Skipped: ${title}.`);
  };

  return (
    <li className="card action" data-action-id={action.id}>
      <h3>{title}</h3>
      <p className="meta">
        {row.companyName} · {row.role} · by {channelLabel(action.channel)} · due{" "}
        {formatDate(action.snoozedUntil ?? action.dueDate)}
        {action.snoozedUntil ? " (snoozed)" : ""}
      </p>
      <p className="why">
        <span className="visually-hidden">Why: </span>
        {withoutSources(action.why)} <span className="rules">({action.rules.join(", ")})</span>
      </p>
      <div className="buttons">
        <Link className="button primary" href={`/actions/${encodeURIComponent(action.id)}/draft`}>
          Open draft<span className="visually-hidden"> of {title}</span>
        </Link>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => (await loadApi()).markDone(action.id), `Done: ${title}.`)
          }
        >
          Mark done<span className="visually-hidden">: {title}</span>
        </button>
        <button
          type="button"
          disabled={busy}
          aria-expanded={mode === "snooze"}
          onClick={() => setMode(mode === "snooze" ? "idle" : "snooze")}
        >
          Snooze<span className="visually-hidden">: {title}</span>
        </button>
        <button
          type="button"
          disabled={busy}
          aria-expanded={mode === "skip"}
          onClick={() => setMode(mode === "skip" ? "idle" : "skip")}
        >
          Skip<span className="visually-hidden">: {title}</span>
        </button>
      </div>
      {mode === "snooze" ? (
        <form className="inline" onSubmit={submitSnooze}>
          <label>
            Until
            <input
              type="date"
              value={until}
              min={addDays(today, 1)}
              required
              onChange={(e) => setUntil(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            Snooze
          </button>
        </form>
      ) : null}
      {mode === "skip" ? (
        <form className="inline" onSubmit={submitSkip}>
          <label>
            Reason
            <input
              type="text"
              value={reason}
              required
              maxLength={500}
              placeholder="e.g. said goodbye in person"
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            Skip it
          </button>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </li>
  );
}
