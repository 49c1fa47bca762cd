import { type FormEvent, useState } from "react";
import { api, authCall } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { PasskeyList } from "../components/passkey-list.js";
import { discardMine, waitingOfMine } from "../offline/waiting-writes.js";
import { useLoad } from "../use-load.js";

const when = (iso: string) => new Date(iso).toLocaleString();

/**
 * Hosted mode: where you are signed in, your passkeys, your email and password, and deleting the
 * account.
 */
export default function AccountScreen() {
  const sessions = useLoad(() => api.listSessions(), "sessions");
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    setStatus("");
    try {
      await work();
      setStatus(done);
      sessions.reload();
    } catch (err) {
      setError(err);
    }
  };
  const field = (e: FormEvent<HTMLFormElement>, name: string) =>
    String(new FormData(e.currentTarget).get(name) ?? "");
  // Writes typed on this phone and not sent yet are said before signing out: kept aside for this
  // account (sent when it signs in here again, never as anyone else), or thrown away.
  const [unsent, setUnsent] = useState<string[] | null>(null);
  const leave = async (keep: boolean) => {
    if (!keep) await discardMine();
    await authCall("/sign-out", {}).catch(() => undefined);
    window.location.assign("/");
  };
  const signOut = async () => {
    const waiting = await waitingOfMine().catch(() => []);
    if (waiting.length === 0) return leave(true);
    setUnsent(waiting.map((w) => w.label));
  };
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">Your account</h1>
      {status ? <p role="status">{status}</p> : null}
      <ErrorMessage error={error} />
      <h2>Where you are signed in</h2>
      {sessions.error ? <ErrorMessage error={sessions.error} /> : null}
      {unsent ? (
        <section className="card waiting" aria-labelledby="unsent-title">
          <h2 id="unsent-title">Not sent yet from this phone</h2>
          <p>
            {unsent.length === 1 ? "One entry has" : `${unsent.length} entries have`} not reached
            the server: {unsent.join(", ")}. Signed out,{" "}
            {unsent.length === 1 ? "it stays" : "they stay"} on this phone, set aside for you: sent
            when you sign in here again, and never as anyone else who signs in here. On a phone that
            is not yours, throw {unsent.length === 1 ? "it" : "them"} away instead.
          </p>
          <div className="buttons">
            <button type="button" onClick={() => void leave(true)}>
              Keep them for me and sign out
            </button>
            <button type="button" className="danger" onClick={() => void leave(false)}>
              Throw them away and sign out
            </button>
            <button type="button" onClick={() => setUnsent(null)}>
              Stay signed in
            </button>
          </div>
        </section>
      ) : null}
      <ul className="sessions">
        {(sessions.data ?? []).map((s) => (
          <li key={s.id}>
            <strong>{s.current ? "This browser" : (s.userAgent ?? "A browser")}</strong>
            <span className="muted">
              {" "}
              · since {when(s.createdAt)}
              {s.ipAddress ? ` · from ${s.ipAddress}` : ""}
            </span>{" "}
            {s.current ? (
              <button type="button" onClick={signOut}>
                Sign out
              </button>
            ) : (
              <button
                type="button"
                onClick={() => run(() => api.endSession(s.id), "That session is signed out.")}
              >
                Sign it out
              </button>
            )}
          </li>
        ))}
      </ul>
      <PasskeyList />
      <h2>Change your password</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const currentPassword = field(e, "current");
          const newPassword = field(e, "new");
          e.currentTarget.reset();
          void run(
            () =>
              authCall("/change-password", {
                currentPassword,
                newPassword,
                revokeOtherSessions: true,
              }),
            "Your password is changed; every other place you were signed in is signed out.",
          );
        }}
      >
        <label>
          Current password
          <input name="current" type="password" autoComplete="current-password" required />
        </label>
        <label>
          New password (at least 10 characters)
          <input
            name="new"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={256}
          />
        </label>
        <button type="submit">Change the password</button>
      </form>
      <h2>Change your email</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const newEmail = field(e, "email").trim();
          void run(
            () => authCall("/change-email", { newEmail, callbackURL: "/account" }),
            `We sent a link to ${newEmail}: the new address counts once you open it.`,
          );
        }}
      >
        <label>
          New email
          <input name="email" type="email" autoComplete="email" required maxLength={320} />
        </label>
        <button type="submit">Send the confirmation link</button>
      </form>
      <h2>Delete the account</h2>
      <p>
        This deletes the account and every record in it (interviews, people, notes, messages, the
        plan) at once. Export a backup first in Settings if you may want them again.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const password = field(e, "password");
          void run(async () => {
            await authCall("/delete-user", { password });
            window.location.assign("/");
          }, "The account is deleted.");
        }}
      >
        <label>
          Your password, to confirm
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="danger">
          Delete the account and all its records
        </button>
      </form>
    </section>
  );
}
