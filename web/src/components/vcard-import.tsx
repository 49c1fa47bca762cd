import { type ChangeEvent, useState } from "react";
import type { SeatedPeople } from "../../../src/client/api-types.js";
import { ApiError, api } from "../api.js";
import { ErrorMessage } from "./error-message.js";
import { ImportReport } from "./import-report.js";

/** A refusal that names the file's bad entries, which the user may choose to skip. */
function entriesOf(error: unknown): ApiError | null {
  return error instanceof ApiError &&
    error.code === "INVALID_IMPORT" &&
    error.problems.length > 0 &&
    error.problems.every((p) => p.field.startsWith("card "))
    ? error
    : null;
}

function describe(imported: SeatedPeople): string {
  const added = imported.report.filter((r) => r.outcome === "added").map((r) => r.name);
  const merged = imported.report.filter((r) => r.outcome === "merged").map((r) => r.name);
  return [
    added.length > 0 ? `Imported ${added.join(", ")}.` : "",
    merged.length > 0 ? `Merged into people already here: ${merged.join(", ")}.` : "",
    imported.skipped.length > 0
      ? `Skipped ${imported.skipped.length} ${imported.skipped.length === 1 ? "entry" : "entries"} (listed below).`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * Importing people from a .vcf file (R1), sent as its bytes so the server reads its character
 * set. A file with entries that cannot be imported imports nothing and lists each by card and
 * line; the user can then import the others and skip those (issue 15).
 */
export function VCardImport(props: { interviewId: string; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<SeatedPeople | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (chosen: File, skipInvalid: boolean) => {
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult(await api.importContacts(props.interviewId, chosen, { skipInvalid }));
      setFile(null);
      props.onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = "";
    if (!chosen) return;
    setFile(chosen);
    await send(chosen, false);
  };

  const refused = entriesOf(error);
  return (
    <div className="card">
      <label htmlFor="vcard">Or import people from a vCard file</label>
      <input
        id="vcard"
        type="file"
        accept=".vcf,text/vcard,text/x-vcard"
        onChange={choose}
        disabled={busy}
      />
      <p className="status" role="status" aria-live="polite">
        {result ? describe(result) : ""}
      </p>
      {refused && file ? (
        <div className="error" role="alert">
          <p>{refused.message.split("\n")[0]}</p>
          <ul>
            {refused.problems.map((p) => (
              <li key={p.field}>
                <strong>{p.label}</strong>: {p.message}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => send(file, true)}
          >
            Import the others, skip {refused.problems.length === 1 ? "this entry" : "these entries"}
          </button>
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      {result?.guessedCharset ? (
        <p className="muted">
          Some text declared no character set and was read as {result.guessedCharset} (a guess):
          check the names above, and export the file as UTF-8 if they look wrong.
        </p>
      ) : null}
      {result && result.skipped.length > 0 ? (
        <section aria-labelledby="vcard-skipped-title">
          <h3 id="vcard-skipped-title">Not imported</h3>
          <ul>
            {result.skipped.map((s) => (
              <li key={`${s.card}-${s.line}`}>{s.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ImportReport report={result?.report ?? []} onChanged={props.onImported} />
    </div>
  );
}
