import { type FormEvent, useState } from "react";
import { authCall } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { signInWithPasskey } from "../passkeys.js";

type Mode = "sign-in" | "sign-up" | "forgot";

/** Hosted mode, without a session: sign in, make an account, or ask for a reset link. */
export default function SignInScreen() {
  const [mode, setMode] = useState<Mode>("sign-in");
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setError(null);
    setStatus("");
    setBusy(true);
    try {
      if (mode === "sign-in") {
        await authCall("/sign-in/email", { email, password });
        window.location.assign("/");
        return;
      }
      if (mode === "sign-up") {
        const name = String(form.get("name") ?? "").trim();
        await authCall("/sign-up/email", { name, email, password, callbackURL: "/" });
        setStatus(
          `We sent a link to ${email}. Open it within an hour to confirm the address, then sign in here.`,
        );
        setMode("sign-in");
      } else {
        await authCall("/request-password-reset", { email, redirectTo: "/reset-password" });
        setStatus(
          `If ${email} has an account here, a link to choose a new password is on its way. It works for an hour.`,
        );
        setMode("sign-in");
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const withPasskey = async () => {
    setError(null);
    setStatus("");
    setBusy(true);
    try {
      await signInWithPasskey();
      window.location.assign("/");
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const title = {
    "sign-in": "Sign in",
    "sign-up": "Make an account",
    forgot: "Forgot your password",
  }[mode];
  return (
    <section aria-labelledby="auth-title">
      <h1 id="auth-title">{title}</h1>
      {status ? (
        <p role="status" className="ok">
          {status}
        </p>
      ) : null}
      <form onSubmit={submit} key={mode}>
        {mode === "sign-up" ? (
          <label>
            Your name
            <input name="name" autoComplete="name" required maxLength={200} />
          </label>
        ) : null}
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required maxLength={320} />
        </label>
        {mode === "forgot" ? null : (
          <label>
            Password{mode === "sign-up" ? " (at least 10 characters)" : ""}
            <input
              name="password"
              type="password"
              autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
              required
              minLength={mode === "sign-up" ? 10 : 1}
              maxLength={256}
            />
          </label>
        )}
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>
          {mode === "sign-in"
            ? "Sign in"
            : mode === "sign-up"
              ? "Make the account"
              : "Send the link"}
        </button>
      </form>
      {mode === "sign-in" ? (
        <p>
          <button type="button" disabled={busy} onClick={withPasskey}>
            Sign in with a passkey
          </button>
        </p>
      ) : null}
      <p>
        {mode === "sign-in" ? (
          <>
            <button type="button" className="link" onClick={() => setMode("sign-up")}>
              Make an account
            </button>{" "}
            ·{" "}
            <button type="button" className="link" onClick={() => setMode("forgot")}>
              Forgot your password?
            </button>
          </>
        ) : (
          <button type="button" className="link" onClick={() => setMode("sign-in")}>
            Back to sign in
          </button>
        )}
      </p>
    </section>
  );
}
