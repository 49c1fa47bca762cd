import { type FormEvent, useState } from "react";
import { addPasskey, listPasskeys, removePasskey } from "../passkeys.js";
import { useLoad } from "../use-load.js";
import { ErrorMessage } from "./error-message.js";

/** The account's passkeys: add one made on this device, see them, remove one. */
export function PasskeyList() {
  const passkeys = useLoad(() => listPasskeys(), "passkeys");
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    setStatus("");
    setBusy(true);
    try {
      await work();
      setStatus(done);
      passkeys.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    void run(async () => {
      await addPasskey(name);
      form.reset();
    }, "The passkey is added: next time, sign in with it instead of the password.");
  };
  const list = passkeys.data ?? [];
  return (
    <>
      <h2>Passkeys</h2>
      <p>
        A passkey signs you in with this phone's or computer's screen lock instead of the password.
      </p>
      {status ? <p role="status">{status}</p> : null}
      <ErrorMessage error={error ?? passkeys.error} />
      {list.length ? (
        <ul className="sessions" aria-label="Your passkeys">
          {list.map((p) => (
            <li key={p.id}>
              <strong>{p.name || "A passkey"}</strong>
              <span className="muted">
                {p.createdAt ? ` · added ${new Date(p.createdAt).toLocaleString()}` : ""}
                {p.backedUp ? " · synced to your other devices" : ""}
              </span>{" "}
              <button
                type="button"
                disabled={busy}
                aria-label={`Remove the passkey ${p.name || "without a name"}`}
                onClick={() =>
                  run(() => removePasskey(p.id), "The passkey is removed: it no longer signs in.")
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : passkeys.data ? (
        <p className="muted">No passkey yet.</p>
      ) : null}
      <form onSubmit={add}>
        <label>
          Name of the passkey (to tell it apart later)
          <input name="name" maxLength={100} placeholder="My phone" autoComplete="off" />
        </label>
        <button type="submit" disabled={busy}>
          Add a passkey on this device
        </button>
      </form>
    </>
  );
}
