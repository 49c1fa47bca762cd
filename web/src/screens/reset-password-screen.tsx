import { type FormEvent, useState } from "react";
import { authCall } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { Link } from "../router.js";

/** The page a reset link opens (hosted mode): `?token=` from the mail, or `?error=` if it expired. */
export default function ResetPasswordScreen({
  token,
  error: linkError,
}: {
  token: string | null;
  error: string | null;
}) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  if (!token || linkError)
    return (
      <section>
        <h1>Choose a new password</h1>
        <p role="alert">
          This link is not valid any more (it works once, for an hour).{" "}
          <Link href="/">Ask for a new one</Link> from the sign-in page.
        </p>
      </section>
    );
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const newPassword = String(new FormData(e.currentTarget).get("password") ?? "");
    setError(null);
    try {
      await authCall("/reset-password", { token, newPassword });
      setDone(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section>
      <h1>Choose a new password</h1>
      {done ? (
        <p role="status">
          Your password is changed, and every place you were signed in is signed out.{" "}
          <Link href="/">Sign in</Link> with the new one.
        </p>
      ) : (
        <form onSubmit={submit}>
          <label>
            New password (at least 10 characters)
            <input
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={10}
              maxLength={256}
            />
          </label>
          <ErrorMessage error={error} />
          <button type="submit">Save the new password</button>
        </form>
      )}
    </section>
  );
}
