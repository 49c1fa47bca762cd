import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { INTERVIEW_FORMATS, type InterviewFormat } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { NoteForm } from "../components/note-form.js";
import { PersonEditor } from "../components/person-editor.js";
import { PersonForm } from "../components/person-form.js";
import { PlanList } from "../components/plan-list.js";
import { VCardImport } from "../components/vcard-import.js";
import { formatInstant, localZone } from "../format.js";
import { Link, navigate } from "../router.js";
import { useLoad } from "../use-load.js";

/**
 * Capture, on the phone right after the interview: the interview first (R3 timeline), then each
 * person (R1, R4, R5) with notes by kind (R2). Every part saves on its own; the plan follows.
 */
export default function CaptureScreen({ interviewId }: { interviewId: string | null }) {
  return (
    <section aria-labelledby="capture-title">
      <h1 id="capture-title">Capture an interview</h1>
      {interviewId ? <People interviewId={interviewId} /> : <InterviewForm />}
    </section>
  );
}

function defaultStart(): string {
  const d = new Date(Date.now() - 60 * 60 * 1000);
  d.setMinutes(0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}

function InterviewForm() {
  const id = useId();
  const [form, setForm] = useState({
    company: "",
    role: "",
    at: defaultStart(),
    timeZone: localZone(),
    format: "on-site" as InterviewFormat,
    timeline: "",
    nextStep: "",
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const field =
    (key: keyof typeof form) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setForm((f) => ({ ...f, [key]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await api.addInterview({
        company: form.company,
        role: form.role,
        at: form.at,
        timeZone: form.timeZone,
        format: form.format,
        timeline: form.timeline || null,
        nextStep: form.nextStep || null,
      });
      navigate(`/capture/${encodeURIComponent(added.interview.id)}`, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>The interview</h2>
      <div className="grid">
        <label htmlFor={`${id}-company`}>Company</label>
        <input id={`${id}-company`} value={form.company} required onChange={field("company")} />
        <label htmlFor={`${id}-role`}>Role</label>
        <input id={`${id}-role`} value={form.role} required onChange={field("role")} />
        <label htmlFor={`${id}-at`}>When it started</label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={form.at}
          required
          onChange={field("at")}
        />
        <label htmlFor={`${id}-tz`}>Time zone</label>
        <input id={`${id}-tz`} value={form.timeZone} required onChange={field("timeZone")} />
        <label htmlFor={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={form.format} onChange={field("format")}>
          {INTERVIEW_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-timeline`}>When will you hear back?</label>
        <input
          id={`${id}-timeline`}
          value={form.timeline}
          placeholder="e.g. two weeks, by Friday"
          onChange={field("timeline")}
        />
        <label htmlFor={`${id}-next`}>Next step they named</label>
        <input id={`${id}-next`} value={form.nextStep} onChange={field("nextStep")} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        Save and add people
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}

function People({ interviewId }: { interviewId: string }) {
  const detail = useLoad(() => api.getInterview(interviewId), `capture:${interviewId}`);
  const [status, setStatus] = useState("");
  const saved = (message: string) => () => {
    setStatus(message);
    detail.reload();
  };
  const d = detail.data;
  if (!d)
    return detail.error ? <ErrorMessage error={detail.error} /> : <p aria-busy="true">Loading…</p>;
  const names = new Map(d.contacts.map((c) => [c.id, c.name]));
  return (
    <>
      <p className="card">
        <strong>{d.company.name}</strong> — {d.application.role},{" "}
        {formatInstant(d.interview.startsAt, d.interview.timeZone)}
        {d.interview.timelineText
          ? ` · hear back: "${d.interview.timelineText}" (${d.interview.timelineDate ?? "no date in it: the plan assumes the default"})`
          : ""}
      </p>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <h2>People</h2>
      <ul className="list">
        {d.contacts.map((person) => (
          <li key={person.id} className="card">
            <h3>{person.name}</h3>
            <p className="meta">
              {[person.title, person.role, person.email, person.phone].filter(Boolean).join(" · ")}
              {person.agreedToConnect ? " · agreed to connect" : ""}
              {person.followUpOn
                ? ` · follow up on ${person.followUpOn} by ${person.followUpVia}`
                : ""}
            </p>
            <PersonEditor
              contact={person}
              seats={[
                {
                  interviewId,
                  followUpOn: person.followUpOn,
                  followUpVia: person.followUpVia,
                },
              ]}
              onSaved={detail.reload}
            />
            <ul className="notes">
              {d.notes
                .filter((n) => n.contactId === person.id)
                .map((n) => (
                  <li key={n.id}>
                    <span className="badge">{n.kind}</span> {n.text}
                  </li>
                ))}
            </ul>
            <NoteForm
              interviewId={interviewId}
              contactId={person.id}
              about={person.name}
              onSaved={saved(`Note about ${person.name} saved.`)}
            />
          </li>
        ))}
      </ul>
      <PersonForm interviewId={interviewId} onSaved={saved("Person added; the plan is updated.")} />
      <VCardImport interviewId={interviewId} onImported={detail.reload} />
      <h2>About the whole interview</h2>
      <ul className="notes">
        {d.notes
          .filter((n) => n.contactId === null)
          .map((n) => (
            <li key={n.id}>
              <span className="badge">{n.kind}</span> {n.text}
            </li>
          ))}
      </ul>
      <NoteForm
        interviewId={interviewId}
        contactId={null}
        about="the interview"
        onSaved={saved("Note saved.")}
      />
      <h2 id="plan-title">The plan</h2>
      <PlanList actions={d.actions} names={names} />
      <p>
        <Link
          className="button primary"
          href={`/applications/${encodeURIComponent(d.application.id)}`}
        >
          Done — see the timeline
        </Link>
      </p>
    </>
  );
}
