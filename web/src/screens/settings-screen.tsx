import { type ChangeEvent, useState } from "react";
import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { MyWords } from "../components/my-words.js";
import { ProfileForm } from "../components/profile-form.js";
import { RecentlyDeleted } from "../components/recently-deleted.js";
import { TemplateEditor } from "../components/template-editor.js";
import { isHosted } from "../page-marks.js";
import { Link } from "../router.js";
import { useLoad } from "../use-load.js";

/** Settings: profile, holidays, preferences, templates, the calendar feed, export and import. */
export default function SettingsScreen() {
  const profile = useLoad(() => api.getProfile(), "profile");
  const templates = useLoad(() => api.listTemplates(), "templates");
  const feed = useLoad(() => api.getCalendarFeed(), "feed");
  // Hosted mode only: a local server has no accounts, so it is not asked.
  const hosted = isHosted();
  const [feedStatus, setFeedStatus] = useState("");
  const [importStatus, setImportStatus] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setImportError(null);
    setImportStatus("");
    try {
      const summary = await api.importData(JSON.parse(await file.text()) as unknown);
      setImportStatus(
        `Imported ${summary.interviews} interview(s) and ${summary.contacts} contact(s).`,
      );
      // Every form shows what the backup brought, not what it showed before.
      profile.reload();
      templates.reload();
      feed.reload();
    } catch (err) {
      setImportError(
        err instanceof SyntaxError
          ? new Error("This file is not a followthrough JSON export.")
          : err,
      );
    }
    e.target.value = "";
  };
  const feedUrl = feed.data ? new URL(feed.data.path, window.location.origin).href : "";
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {hosted ? (
        <p>
          <Link href="/account">Your account</Link>: where you are signed in, your email and
          password, signing out, deleting the account.
        </p>
      ) : null}
      <ErrorMessage error={profile.error ?? templates.error ?? feed.error} />
      {profile.data ? (
        // Keyed by the stored profile, so the form starts again from it after an import.
        <ProfileForm key={JSON.stringify(profile.data)} profile={profile.data} />
      ) : null}
      <h2>My words</h2>
      <MyWords />
      <h2>Recently deleted</h2>
      <RecentlyDeleted />
      <h2>Templates</h2>
      {templates.data?.map((t) => (
        <TemplateEditor key={`${t.id}:${t.text}`} template={t} />
      ))}
      <h2>Calendar (R24)</h2>
      <div className="card">
        <p>Subscribe to this address in your calendar app for a reminder per person:</p>
        <p>
          <code className="break">{feedUrl}</code>
        </p>
        <button
          type="button"
          onClick={() =>
            void api.rotateCalendarFeed().then(() => {
              feed.reload();
              setError(null);
              setFeedStatus("New calendar address; the old one no longer works.");
            }, setError)
          }
        >
          Make a new address
        </button>
        <p className="status" role="status" aria-live="polite">
          {feedStatus}
        </p>
        <ErrorMessage error={error} />
      </div>
      <h2>Your data</h2>
      <div className="card">
        <p>
          <a className="button" href="/api/export" download="followthrough.json">
            Export everything (JSON)
          </a>{" "}
          <a className="button" href="/api/export?format=csv" download="followthrough.csv">
            Export a spreadsheet (CSV)
          </a>
        </p>
        <label htmlFor="import-file">Import a JSON export</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={importFile} />
        <p className="status" role="status" aria-live="polite">
          {importStatus}
        </p>
        <ErrorMessage error={importError} />
      </div>
    </section>
  );
}
