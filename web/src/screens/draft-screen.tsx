import { useEffect, useId, useRef, useState } from "react";
import type { ActionDraft, DraftFormat, Finding, SentText } from "../../../src/client/api-types.js";
import type { Channel } from "../../../src/core/domain/types.js";
import { toMailto } from "../../../src/core/drafts/formats/to-mailto.js";
import { citeSources } from "../../../src/core/planner/source-titles.js";
import { api } from "../api.js";
import { DraftEditor } from "../components/draft-editor.js";
import { EmployerAnswers } from "../components/employer-answers.js";
import { ErrorMessage } from "../components/error-message.js";
import { NewsPick } from "../components/news-pick.js";
import { channelLabel, channelNoun, formatDate, formatInstant, kindLabel } from "../format.js";
import { Link, navigate } from "../router.js";
import { type SaveState, useDraftAutosave } from "../use-draft-autosave.js";
import { useLoad } from "../use-load.js";

// A pause in typing this long sends the text to be checked; the server answers in about 10 ms, so
// findings show within 150 ms of the last key (issue 11; `npm run bench -- editor`).
const CHECK_DELAY_MS = 60;

/** The draft of one follow-up, checked live as the user edits it, then copied, opened or sent. */
export default function DraftScreen({ actionId }: { actionId: string }) {
  const loaded = useLoad(() => api.getDraft(actionId), `draft:${actionId}`);
  // A draft loaded again here (the newer text of another device, the suggested text back).
  const [replaced, setReplaced] = useState<{ data: ActionDraft; round: number } | null>(null);
  const data = replaced?.data ?? loaded.data;
  if (!data)
    return loaded.error ? (
      <ErrorMessage error={loaded.error} />
    ) : (
      <p aria-busy="true">Loading the draft…</p>
    );
  if (data.sent) return <SentMessage data={data} sent={data.sent} />;
  return (
    <Editor
      key={`${actionId}:${replaced?.round ?? 0}`}
      data={data}
      replace={(next) => setReplaced((r) => ({ data: next, round: (r?.round ?? 0) + 1 }))}
    />
  );
}

/** What went out, as it went: read-only, never composed again (R25). */
function SentMessage({ data, sent }: { data: ActionDraft; sent: SentText }) {
  const id = useId();
  const { action, draft } = data;
  const [status, setStatus] = useState("");
  const when = sent.at ? formatInstant(sent.at) : null;
  const line =
    sent.state === "sent"
      ? `Sent${when ? ` on ${when}` : ""}`
      : sent.state === "done"
        ? `Done${when ? ` on ${when}` : ""}`
        : sent.state === "failed"
          ? "Sending failed; it will be tried again"
          : sent.state === "cancelled"
            ? "Not sent: cancelled"
            : `Queued to send${when ? ` on ${when}` : ""}`;
  const copy = async () => {
    const text = draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied to the clipboard.");
    } catch {
      setStatus("Copying is blocked here; select the text and copy it by hand.");
    }
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>
        {kindLabel(action.kind)}
        {data.recipientName ? ` — ${data.recipientName}` : ""}
      </h1>
      <p className="meta">
        {data.companyName} · <span className={`badge ${action.status}`}>{action.status}</span>
      </p>
      <p className="sent-line">
        <strong>{line}</strong>
        {sent.to ? ` to ${sent.to}` : ""}.
      </p>
      <div className="grid">
        <span>Channel</span>
        <span>{channelLabel(draft.channel)}</span>
        {draft.subject ? (
          <>
            <span>Subject</span>
            <span>{draft.subject}</span>
          </>
        ) : null}
      </div>
      <h2>The message as it went</h2>
      <pre className="sent-text">{draft.body}</pre>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="buttons">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p>
        <Link href={`/applications/${encodeURIComponent(data.applicationId)}`}>
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}

function Editor({ data, replace }: { data: ActionDraft; replace: (next: ActionDraft) => void }) {
  const id = useId();
  const { action, draft } = data;
  // A textarea holds its text with \n line ends whatever it is given; the text kept here, checked
  // and marked is that text, so a finding's offsets are offsets into what is on screen (a saved
  // "\r\n" would put every mark after it one character off).
  const suggested = toTextareaText(draft.body);
  const [subject, setSubject] = useState(draft.subject ?? "");
  const [body, setBody] = useState(suggested);
  const channel = draft.channel;
  // A switch to another channel waiting for the user to agree that their edits are replaced.
  const [switchTo, setSwitchTo] = useState<Channel | null>(null);
  const [findings, setFindings] = useState<Finding[]>(data.findings);
  // What the findings were computed for: the text, on which channel, with which subject. The
  // server checked draft.body; if that is not the text on screen, it is checked again at once.
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
  // Saved on the server as the user types (issue 10: no work lost), back on reload and elsewhere.
  const autosave = useDraftAutosave({
    actionId: action.id,
    text: { subject, body },
    stored: { subject: draft.subject ?? "", body: suggested },
    revision: data.revision,
    savedAt: data.savedAt,
    edited: data.edited,
    enabled: !settled,
  });
  const [reloading, setReloading] = useState(false);
  const loadNewer = async () => {
    setReloading(true);
    setError(null);
    try {
      replace(await api.getDraft(action.id));
    } catch (e) {
      setError(e);
      setReloading(false);
    }
  };
  const keepMine = async () => {
    setError(null);
    try {
      await autosave.overwrite((await api.getDraft(action.id)).revision);
    } catch (e) {
      setError(e);
    }
  };
  const backToSuggested = async () => {
    setReloading(true);
    setError(null);
    autosave.pause(true);
    try {
      replace(await api.discardDraft(action.id));
    } catch (e) {
      autosave.pause(false);
      setError(e);
      setReloading(false);
    }
  };

  // The draft written again for another channel: a letter gets its address blocks and a PDF, an
  // email its subject and .eml. One text per action is kept (it is what goes out), so edits made
  // here are replaced only once the user agrees (`edited` is below, with the buttons').
  const switchChannel = async (next: Channel, replaceEdits: boolean) => {
    if (next === channel) return;
    if (edited && !replaceEdits) {
      setSwitchTo(next);
      return;
    }
    setSwitchTo(null);
    setReloading(true);
    setError(null);
    autosave.pause(true);
    try {
      replace(await api.switchDraftChannel(action.id, { channel: next, replaceEdits }));
    } catch (e) {
      autosave.pause(false);
      setError(e);
      setReloading(false);
    }
  };

  // Live checks (R21, R22, R19): always as this action's draft (its recipient, notes and
  // colleagues: R1, R7, R22), with the rules of the channel chosen here (length, R19 for email).
  const lastCheck = useRef(0);
  useEffect(() => {
    if (upToDate) return;
    const timer = setTimeout(() => {
      const round = ++lastCheck.current;
      api.checkText({ text: body, actionId: action.id, channel, subject: subject || null }).then(
        (list) => {
          // An answer overtaken by a later check is dropped: its offsets are into older text.
          if (round !== lastCheck.current) return;
          setFindings(list);
          setChecked({ body, channel, subject });
          setCheckError(null);
        },
        (e: unknown) => setCheckError(e),
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [upToDate, body, subject, channel, action.id]);

  // "Add to my words": kept for every later check, removable in Settings; checked again now.
  const addWord = async (word: string) => {
    setError(null);
    try {
      await api.addWord(word);
      setStatus(
        `Added “${word}” to your words; it is never counted as misspelt (Settings lists them).`,
      );
      setChecked((c) => ({ ...c, body: "" }));
    } catch (e) {
      setError(e);
    }
  };

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
    // What is sent is the text here; nothing is saved over it once it is on record.
    autosave.pause(true);
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
      autosave.pause(false);
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
      setStatus(
        file.missingGlyphs.length === 0
          ? `Downloaded ${file.fileName}.`
          : `Downloaded ${file.fileName}, but ${file.missingGlyphs.length} character(s) have no glyph in the server's fonts and print as empty boxes: ${file.missingGlyphs.join(" ")}. Install a font that has them on the server (fonts-noto-cjk on Debian), or send it as an email.`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(null);
    }
  };
  const edited = data.edited || body !== suggested || subject !== (draft.subject ?? "");
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
        {channel === action.channel ? null : ` · written as ${channelNoun(channel)}`}
      </p>
      <p className="why">
        {citeSources(action.why)} <span className="rules">({action.rules.join(", ")})</span>
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
          disabled={reloading || settled || data.channels.length < 2}
          onChange={(e) => void switchChannel(e.target.value as Channel, false)}
        >
          {data.channels.map((c) => (
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
      {switchTo !== null ? (
        <div className="card warning" role="alert">
          <p>
            Writing this as {channelNoun(switchTo)} replaces your edits with a new draft. Copy your
            text first if you want to keep it.
          </p>
          <div className="buttons">
            <button type="button" onClick={() => void copy()}>
              Copy my text
            </button>
            <button type="button" onClick={() => void switchChannel(switchTo, true)}>
              Write it as {channelNoun(switchTo)}
            </button>
            <button type="button" onClick={() => setSwitchTo(null)}>
              Keep my {channelLabel(channel)} text
            </button>
          </div>
        </div>
      ) : null}
      <DraftEditor
        label="Message"
        value={body}
        onChange={setBody}
        onAddWord={(word) => void addWord(word)}
        findings={findings}
        checkedText={
          checked.channel === channel && checked.subject === subject ? checked.body : null
        }
      />
      <SaveLine
        state={autosave.state}
        edited={edited}
        busy={reloading}
        onBack={() => void backToSuggested()}
      />
      <NewsPick data={data} edited={edited} replace={replace} />
      {autosave.state.kind === "conflict" ? (
        <div className="card warning" role="alert">
          <p>
            Another device or tab saved a newer version of this draft. Nothing more is saved here
            until you choose.
          </p>
          <div className="buttons">
            <button type="button" disabled={reloading} onClick={() => void loadNewer()}>
              Load the newer text
            </button>
            <button type="button" onClick={() => void keepMine()}>
              Keep mine
            </button>
          </div>
        </div>
      ) : null}
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
      <EmployerAnswers interviewId={action.interviewId} />
      <p>
        <Link href={`/applications/${encodeURIComponent(data.applicationId)}`}>
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}

/** The text as a textarea keeps it: every line end a "\n". */
function toTextareaText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Where the saved text stands, quietly, beside the editor; with the way back to the suggestion. */
function SaveLine(props: { state: SaveState; edited: boolean; busy: boolean; onBack: () => void }) {
  const { state } = props;
  return (
    <div className="save-line">
      <span className="muted" aria-live="polite" data-save-state={state.kind}>
        {state.kind === "saving"
          ? "Saving…"
          : state.kind === "saved"
            ? `Saved${state.at ? ` at ${formatTime(state.at)}` : ""}`
            : state.kind === "empty"
              ? "Not saved: the message is empty."
              : state.kind === "conflict"
                ? "Not saved: a newer version is on the server."
                : ""}
      </span>
      {state.kind === "error" ? <ErrorMessage error={state.error} /> : null}
      {props.edited ? (
        <button type="button" className="link" disabled={props.busy} onClick={props.onBack}>
          Back to the suggested text
        </button>
      ) : null}
    </div>
  );
}

function formatTime(instant: string): string {
  return new Date(instant).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
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
