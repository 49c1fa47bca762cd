import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { AddContactRequest } from "../../../src/client/api-types.js";
import { INTERVIEW_FORMATS, type InterviewFormat } from "../../../src/core/domain/types.js";
import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { NoteForm } from "../components/note-form.js";
import { PersonEditor } from "../components/person-editor.js";
import { PersonForm } from "../components/person-form.js";
import { PlanList } from "../components/plan-list.js";
import { VCardImport } from "../components/vcard-import.js";
import { formatInstant, localZone } from "../format.js";
import { useWaitingWrites } from "../offline/use-waiting-writes.js";
import {
  type NewWrite,
  type Ref,
  recordOf,
  sendOrKeep,
  type WaitingWrite,
} from "../offline/waiting-writes.js";
import { WaitingWritesPanel } from "../offline/waiting-writes-panel.js";
import { Link, navigate } from "../router.js";
import { useLoad } from "../use-load.js";

/**
 * Capture, on the phone right after the interview: the interview first (R3 timeline), then each
 * person (R1, R4, R5) with notes by kind (R2). Every part saves on its own; the plan follows.
 * Without a connection each part is kept on the phone and sent when it returns (issue 13).
 */
export default function CaptureScreen({
  interviewId,
  waiting,
}: {
  interviewId: string | null;
  /** The client id of an interview kept on the phone, not sent yet. */
  waiting: string | null;
}) {
  const writes = useWaitingWrites();
  return (
    <section aria-labelledby="capture-title">
      <h1 id="capture-title">Capture an interview</h1>
      <WaitingWritesPanel writes={writes} />
      {interviewId ? (
        <People interviewId={interviewId} writes={writes} />
      ) : waiting ? (
        <WaitingInterview clientId={waiting} writes={writes} />
      ) : (
        <InterviewForm />
      )}
    </section>
  );
}

const KEPT = "kept on this phone and sent when the connection returns";

function sameRef(a: Ref | null, b: Ref): boolean {
  if (!a) return false;
  return "id" in a ? "id" in b && a.id === b.id : "clientId" in b && a.clientId === b.clientId;
}

type Waiting<K extends NewWrite["kind"]> = WaitingWrite & { kind: K };

function waitingPeople(writes: WaitingWrite[], interview: Ref): Waiting<"contact">[] {
  return writes.filter(
    (w): w is Waiting<"contact"> => w.kind === "contact" && sameRef(w.interview, interview),
  );
}

function waitingNotes(
  writes: WaitingWrite[],
  interview: Ref,
  contact: Ref | null,
): Waiting<"note">[] {
  return writes.filter(
    (w): w is Waiting<"note"> =>
      w.kind === "note" &&
      sameRef(w.interview, interview) &&
      (contact === null ? w.contact === null : sameRef(w.contact, contact)),
  );
}

function savePerson(interview: Ref) {
  return async (body: AddContactRequest) => {
    const outcome = await sendOrKeep({ kind: "contact", label: body.name, interview, body });
    return { name: body.name, kept: !outcome.sent };
  };
}

function saveNote(interview: Ref, contact: Ref | null, about: string) {
  return async (body: { kind: NoteWrite["body"]["kind"]; text: string }) => {
    const clipped = body.text.length > 60 ? `${body.text.slice(0, 57)}…` : body.text;
    const outcome = await sendOrKeep({
      kind: "note",
      label: `Note about ${about}: ${clipped}`,
      interview,
      contact,
      body,
    });
    return { kept: !outcome.sent };
  };
}
type NoteWrite = Waiting<"note">;

/** Notes typed on this phone and not sent yet, listed with the ones on record. */
function WaitingNoteItems({ notes }: { notes: NoteWrite[] }) {
  return notes.map((n) => (
    <li key={n.clientId}>
      <span className="badge">{n.body.kind}</span> {n.body.text}{" "}
      <span className="muted">(not sent yet)</span>
    </li>
  ));
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
      const outcome = await sendOrKeep({
        kind: "interview",
        label: `The interview at ${form.company.trim()} (${form.role.trim()})`,
        body: {
          company: form.company,
          role: form.role,
          at: form.at,
          timeZone: form.timeZone,
          format: form.format,
          timeline: form.timeline || null,
          nextStep: form.nextStep || null,
        },
      });
      navigate(
        outcome.sent
          ? `/capture/${encodeURIComponent(outcome.recordId)}`
          : `/capture?waiting=${encodeURIComponent(outcome.write.clientId)}`,
        { replace: true },
      );
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

function People({ interviewId, writes }: { interviewId: string; writes: WaitingWrite[] }) {
  const detail = useLoad(() => api.getInterview(interviewId), `capture:${interviewId}`);
  const [status, setStatus] = useState("");
  const ref: Ref = { id: interviewId };
  const noteSaved = (about: string) => (kept: boolean) => {
    setStatus(kept ? `The note about ${about} is ${KEPT}.` : `Note about ${about} saved.`);
    detail.reload();
  };
  // What was waiting here and has been sent shows up from the server: read it again.
  const waitingHere = writes.filter(
    (w) => w.kind !== "interview" && sameRef(w.interview, ref),
  ).length;
  const before = useRef(waitingHere);
  const { reload } = detail;
  useEffect(() => {
    if (waitingHere < before.current) reload();
    before.current = waitingHere;
  }, [waitingHere, reload]);
  const d = detail.data;
  if (!d)
    return detail.error ? (
      <>
        <ErrorMessage error={detail.error} />
        {navigator.onLine ? null : (
          <p>
            No connection: this interview is shown again when it returns. What you typed is kept on
            this phone.
          </p>
        )}
      </>
    ) : (
      <p aria-busy="true">Loading…</p>
    );
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
              {[person.title, person.organization, person.role, person.email, person.phone]
                .filter(Boolean)
                .join(" · ")}
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
              <WaitingNoteItems notes={waitingNotes(writes, ref, { id: person.id })} />
            </ul>
            <NoteForm
              interviewId={interviewId}
              contactId={person.id}
              about={person.name}
              save={saveNote(ref, { id: person.id }, person.name)}
              onSaved={noteSaved(person.name)}
            />
          </li>
        ))}
        <WaitingPeople interview={ref} writes={writes} onSaved={setStatus} />
      </ul>
      <PersonForm interviewId={interviewId} save={savePerson(ref)} onSaved={detail.reload} />
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
        <WaitingNoteItems notes={waitingNotes(writes, ref, null)} />
      </ul>
      <NoteForm
        interviewId={interviewId}
        contactId={null}
        about="the interview"
        save={saveNote(ref, null, "the interview")}
        onSaved={noteSaved("the interview")}
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

/** People typed on this phone for an interview and not sent yet, each with their notes. */
function WaitingPeople(props: {
  interview: Ref;
  writes: WaitingWrite[];
  onSaved: (status: string) => void;
}) {
  return waitingPeople(props.writes, props.interview).map((person) => {
    const name = person.body.name;
    return (
      <li key={person.clientId} className="card">
        <h3>{name}</h3>
        <p className="meta">
          {[person.body.title, person.body.role, person.body.email, person.body.phone]
            .filter(Boolean)
            .join(" · ")}{" "}
          <span className="badge">not sent yet</span>
        </p>
        <ul className="notes">
          <WaitingNoteItems
            notes={waitingNotes(props.writes, props.interview, { clientId: person.clientId })}
          />
        </ul>
        <NoteForm
          interviewId=""
          contactId={null}
          about={name}
          save={saveNote(props.interview, { clientId: person.clientId }, name)}
          onSaved={(kept) =>
            props.onSaved(kept ? `The note about ${name} is ${KEPT}.` : `Note about ${name} saved.`)
          }
        />
      </li>
    );
  });
}

/**
 * An interview kept on this phone (typed without a connection): its people and notes can be
 * typed too and wait with it. Once it reaches the server, the screen becomes the interview's own.
 */
function WaitingInterview({ clientId, writes }: { clientId: string; writes: WaitingWrite[] }) {
  const interview = writes.find(
    (w): w is Waiting<"interview"> => w.kind === "interview" && w.clientId === clientId,
  );
  const [gone, setGone] = useState(false);
  const [status, setStatus] = useState("");
  useEffect(() => {
    if (interview) return;
    let live = true;
    void recordOf(clientId).then((id) => {
      if (!live) return;
      if (id) navigate(`/capture/${encodeURIComponent(id)}`, { replace: true });
      else setGone(true);
    });
    return () => {
      live = false;
    };
  }, [interview, clientId]);
  if (!interview)
    return gone ? (
      <p className="card">
        This interview is no longer on this phone: it was discarded.{" "}
        <Link href="/capture">Capture another</Link>.
      </p>
    ) : (
      <p aria-busy="true">Loading…</p>
    );
  const ref: Ref = { clientId };
  const { body } = interview;
  return (
    <>
      <p className="card">
        <strong>{body.company}</strong> — {body.role}, {body.at.replace("T", " ")} ({body.timeZone})
        {body.timeline ? ` · hear back: "${body.timeline}"` : ""}{" "}
        <span className="badge">not sent yet</span>
      </p>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <h2>People</h2>
      <ul className="list">
        <WaitingPeople interview={ref} writes={writes} onSaved={setStatus} />
      </ul>
      <PersonForm interviewId="" save={savePerson(ref)} onSaved={() => undefined} />
      <p className="card">
        Importing people from a vCard file needs the connection: it can be done here once the
        interview is sent.
      </p>
      <h2>About the whole interview</h2>
      <ul className="notes">
        <WaitingNoteItems notes={waitingNotes(writes, ref, null)} />
      </ul>
      <NoteForm
        interviewId=""
        contactId={null}
        about="the interview"
        save={saveNote(ref, null, "the interview")}
        onSaved={(kept) =>
          setStatus(kept ? `The note about the interview is ${KEPT}.` : "Note saved.")
        }
      />
      <p className="muted">The plan is made once the interview reaches the server.</p>
    </>
  );
}
