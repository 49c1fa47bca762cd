import { useEffect, useId, useState } from "react";
import type { ActionDraft, DraftFormat, Finding } from "../../../src/client/api-types.js";
import { CHANNELS, type Channel } from "../../../src/core/domain/types.js";
import { toMailto } from "../../../src/core/drafts/formats/to-mailto.js";
import { api } from "../api.js";
import { DraftEditor } from "../components/draft-editor.js";
import { ErrorMessage } from "../components/error-message.js";
import { channelLabel, formatDate, kindLabel } from "../format.js";
import { Link, navigate } from "../router.js";
import { useLoad } from "../use-load.js";

const CHECK_DELAY_MS = 300;

/** The draft of one follow-up, checked live as the user edits it, then copied, opened or sent. */
export default function DraftScreen({ actionId }: { actionId: string }) {
  const loaded = useLoad(() => api.getDraft(actionId), `draft:${actionId}`);
  if (!loaded.data)
    return loaded.error ? (
      <ErrorMessage error={loaded.error} />
    ) : (
      <p aria-busy="true">Loading the draft…</p>
    );
  return <Editor key={actionId} data={loaded.data} />;
}

function Editor({ data }: { data: ActionDraft }) {
  const id = useId();
  const { action, draft } = data;
  const [subject, setSubject] = useState(draft.subject ?? "");
  const [body, setBody] = useState(draft.body);
  const [channel, setChannel] = useState<Channel>(draft.channel);
  const [findings, setFindings] = useState<Finding[]>(data.findings);
  // What the findings were computed for: the text, on which channel, with which subject.
  const [checked, setChecked] = useState({
    body: draft.body,
    channel: draft.channel,
    subject: draft.subject ?? "",
  });
  const [checkError, setCheckError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [downloading, setDownloading] = useState<DraftFormat | null>(null);
  const settled = !["planned", "drafted", "approved"].includes(action.status);
  const upToDate =
    checked.body === body && checked.channel === channel && checked.subject === subject;

  // Live checks (R21, R22, R19): always as this action's draft (its recipient, notes and
  // colleagues: R1, R7, R22), with the rules of the channel chosen here (length, R19 for email).
  useEffect(() => {
    if (upToDate) return;
    const timer = setTimeout(() => {
      api.checkText({ text: body, actionId: action.id, channel, subject: subject || null }).then(
        (list) => {
          setFindings(list);
          setChecked({ body, channel, subject });
          setCheckError(null);
        },
        (e: unknown) => setCheckError(e),
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [upToDate, body, subject, channel, action.id]);

  const copy = async () => {
    const text = channel === "email" && subject ? `Subject: ${subject}\n\n${body}` : body;
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("Copying is blocked here; select the text and copy it by hand.");
    }
  };
  const openMail = () => {
    setError(null);
    try {
      window.location.href = toMailto({
        ...draft,
        channel: "email",
        subject: subject || null,
        body,
      });
    } catch (e) {
      setError(e);
    }
  };
  const markSent = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.logCorrespondence(action.interviewId, {
        direction: "out",
        channel,
        subject: channel === "email" ? subject || null : null,
        body,
        contactIds: action.contactId ? [action.contactId] : [],
        actionId: action.id,
      });
      navigate(`/applications/${encodeURIComponent(data.applicationId)}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  // The file is rendered from the text as edited here, to the draft's recipient.
  const download = async (format: DraftFormat) => {
    setDownloading(format);
    setError(null);
    try {
      const file = await api.renderEditedDraft(action.id, format, { subject, body });
      saveFile(file.content, file.fileName);
      setStatus(`Downloaded ${file.fileName}.`);
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(null);
    }
  };
  const formats = data.formats.filter(
    (f): f is Exclude<DraftFormat, "mailto" | "text"> => f === "eml" || f === "pdf",
  );

  return (
    <section aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>
        {kindLabel(action.kind)}
        {data.recipientName ? ` — ${data.recipientName}` : ""}
      </h1>
      <p className="meta">
        {data.companyName} · due {formatDate(action.snoozedUntil ?? action.dueDate)} ·{" "}
        <span className={`badge ${action.status}`}>{action.status}</span>
      </p>
      <p className="why">
        {action.why} <span className="rules">({action.rules.join(", ")})</span>
      </p>
      {draft.missing.length > 0 ? (
        <div className="card warning">
          <h2>What the records lack</h2>
          <ul>
            {draft.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid">
        <label htmlFor={`${id}-channel`}>Channel</label>
        <select
          id={`${id}-channel`}
          value={channel}
          onChange={(e) => setChannel(e.target.value as Channel)}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
        {draft.to ? (
          <>
            <span>To</span>
            <span>{draft.to}</span>
          </>
        ) : null}
        {channel === "email" ? (
          <>
            <label htmlFor={`${id}-subject`}>Subject</label>
            <input
              id={`${id}-subject`}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
            />
          </>
        ) : null}
      </div>
      <DraftEditor
        label="Message"
        value={body}
        onChange={setBody}
        findings={findings}
        checkedText={
          checked.channel === channel && checked.subject === subject ? checked.body : null
        }
      />
      <ErrorMessage error={checkError} />
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="buttons">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        {channel === "email" ? (
          <button type="button" onClick={openMail}>
            Open in mail app
          </button>
        ) : null}
        {formats.map((f) => (
          <button
            key={f}
            type="button"
            disabled={downloading !== null}
            onClick={() => void download(f)}
          >
            Download .{f}
          </button>
        ))}
        <button
          type="button"
          className="primary"
          disabled={busy || settled}
          onClick={() => void markSent()}
        >
          {channel === "email" || channel === "linkedin" ? "Mark sent" : "Mark done"}
        </button>
      </div>
      <ErrorMessage error={error} />
      <p>
        <Link href={`/applications/${encodeURIComponent(data.applicationId)}`}>
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}

/** Hands a file to the browser's downloads, under the name the server gave it. */
function saveFile(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
