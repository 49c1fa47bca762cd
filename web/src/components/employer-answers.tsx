import { useId, useState } from "react";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";

// R23: the employer's usual follow-up questions, each answered from the profile and this
// interview's notes (the CLI's `answer why-you` etc., here beside the draft).
const QUESTIONS = [
  ["why-you", "Why should we hire you?"],
  ["still-interested", "Are you still interested?"],
  ["skill-detail", "Can you say more about a skill?"],
  ["salary", "What salary do you expect?"],
  ["questions-for-us", "Do you have questions for us?"],
] as const;

export function EmployerAnswers({ interviewId }: { interviewId: string }) {
  const id = useId();
  const [kind, setKind] = useState<string>(QUESTIONS[0][0]);
  const [salaryRange, setSalaryRange] = useState("");
  const [answer, setAnswer] = useState<{ answer: string; missing: string[] } | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);
  const prepare = async () => {
    setError(null);
    setStatus("");
    try {
      const got = await api.answer({
        kind,
        interviewId,
        ...(kind === "salary" && salaryRange.trim() ? { salaryRange: salaryRange.trim() } : {}),
      });
      setAnswer(got);
    } catch (e) {
      setAnswer(null);
      setError(e);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(answer?.answer ?? "");
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("Copying is blocked here; select the text and copy it by hand.");
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>If they ask (R23)</h2>
      <p className="muted">An answer prepared from your profile and this interview's notes.</p>
      <div className="grid">
        <label htmlFor={`${id}-q`}>Question</label>
        <select id={`${id}-q`} value={kind} onChange={(e) => setKind(e.target.value)}>
          {QUESTIONS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
        {kind === "salary" ? (
          <>
            <label htmlFor={`${id}-s`}>Your range</label>
            <input
              id={`${id}-s`}
              value={salaryRange}
              placeholder="e.g. $140,000–155,000"
              onChange={(e) => setSalaryRange(e.target.value)}
            />
          </>
        ) : null}
      </div>
      <div className="buttons">
        <button type="button" onClick={() => void prepare()}>
          Prepare the answer
        </button>
      </div>
      <ErrorMessage error={error} />
      {answer !== null ? (
        <>
          <section className="body" aria-label="Prepared answer">
            {answer.answer}
          </section>
          {answer.missing.length > 0 ? (
            <>
              <p className="muted">To make it better:</p>
              <ul>
                {answer.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="buttons">
            <button type="button" onClick={() => void copy()}>
              Copy the answer
            </button>
          </div>
        </>
      ) : null}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
