import { type ChangeEvent, useState } from "react";
import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { ProfileForm } from "../components/profile-form.js";
import { TemplateEditor } from "../components/template-editor.js";
import { useLoad } from "../use-load.js";

/** Settings: profile, holidays, preferences, templates, the calendar feed, export and import. */
export default function SettingsScreen() {
  const profile = useLoad(() => api.getProfile(), "profile");
  const templates = useLoad(() => api.listTemplates(), "templates");
  const feed = useLoad(() => api.getCalendarFeed(), "feed");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<unknown>(null);
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setError(null);
    try {
      const summary = await api.importData(JSON.parse(await file.text()) as unknown);
      setStatus(`Imported ${summary.interviews} interview(s) and ${summary.contacts} contact(s).`);
    } catch (err) {
      setError(err);
    }
    e.target.value = "";
  };
  const feedUrl = feed.data ? new URL(feed.data.path, window.location.origin).href : "";
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage error={profile.error ?? templates.error ?? feed.error ?? error} />
      {profile.data ? <ProfileForm profile={profile.data} onSaved={setStatus} /> : null}
      <h2>Templates</h2>
      {templates.data?.map((t) => (
        <TemplateEditor key={t.id} template={t} onSaved={setStatus} />
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
              setStatus("New calendar address; the old one no longer works.");
            }, setError)
          }
        >
          Make a new address
        </button>
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
      </div>
    </section>
  );
}
