import { type FormEvent, useId, useState } from "react";
import type { Profile } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";

/** The profile, the holidays region (business days, R11) and the preferences of the playbook. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const id = useId();
  const [p, setP] = useState({
    name: profile.name ?? "",
    email: profile.email ?? "",
    phone: profile.phone ?? "",
    postalAddress: profile.postalAddress ?? "",
    signature: profile.signature ?? "",
    timeZone: profile.timeZone,
    country: profile.country,
    region: profile.region ?? "",
    strengths: profile.strengths.join(", "),
    sendCard: profile.sendCard,
    linkedIn: profile.linkedIn,
    summaryLetter: profile.summaryLetter,
    maxUnanswered: String(profile.maxUnanswered),
    assumedTimelineDays: String(profile.assumedTimelineDays),
  });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState("");
  const [busy, setBusy] = useState(false);
  const text = (key: keyof typeof p, label: string, type = "text") => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={String(p[key])}
        onChange={(e) => setP((x) => ({ ...x, [key]: e.target.value }))}
      />
    </>
  );
  const check = (key: "sendCard" | "linkedIn" | "summaryLetter", label: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={p[key]}
        onChange={(e) => setP((x) => ({ ...x, [key]: e.target.checked }))}
      />
      {label}
    </label>
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved("");
    try {
      await api.setProfile({
        name: p.name || null,
        email: p.email || null,
        phone: p.phone || null,
        postalAddress: p.postalAddress || null,
        signature: p.signature || null,
        timeZone: p.timeZone,
        country: p.country,
        region: p.region || null,
        strengths: p.strengths
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        sendCard: p.sendCard,
        linkedIn: p.linkedIn,
        summaryLetter: p.summaryLetter,
        maxUnanswered: Number(p.maxUnanswered),
        assumedTimelineDays: Number(p.assumedTimelineDays),
      });
      setSaved("Settings saved; every plan follows them.");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Profile and preferences</h2>
      <div className="grid">
        {text("name", "Your name")}
        {text("email", "Your email", "email")}
        {text("phone", "Phone", "tel")}
        {text("timeZone", "Time zone")}
        {text("country", "Holidays: country (two letters)")}
        {text("region", "Holidays: region (e.g. NY)")}
        {text("strengths", "Strengths (comma-separated)")}
        {text("maxUnanswered", "Unanswered follow-ups before moving on (R15)", "number")}
        {text("assumedTimelineDays", "Days to wait when no timeline was given (R11)", "number")}
      </div>
      <label htmlFor={`${id}-address`}>Postal address</label>
      <textarea
        id={`${id}-address`}
        rows={3}
        value={p.postalAddress}
        onChange={(e) => setP((x) => ({ ...x, postalAddress: e.target.value }))}
      />
      <label htmlFor={`${id}-signature`}>Signature</label>
      <textarea
        id={`${id}-signature`}
        rows={3}
        value={p.signature}
        onChange={(e) => setP((x) => ({ ...x, signature: e.target.value }))}
      />
      {check("sendCard", "Plan a handwritten card by post (R8)")}
      {check("linkedIn", "Plan LinkedIn requests where agreed (R9)")}
      {check("summaryLetter", "Plan a summary letter by post (R10)")}
      <button type="submit" className="primary" disabled={busy}>
        Save settings
      </button>
      {/* Beside the button that was pressed, where a phone's screen is. */}
      <p className="status" role="status" aria-live="polite">
        {saved}
      </p>
      <ErrorMessage error={error} />
    </form>
  );
}
