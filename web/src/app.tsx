import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { APP_NAV } from "../../src/client/today-words.js";
import { Link, useLocation } from "./router.js";
import { TodayScreen } from "./screens/today-screen.js";
import { SIGNED_OUT_EVENT } from "./signed-out-event.js";

// Today (R26) is the first screen and ships in the first bundle; every other screen is its own
// chunk, fetched when first opened.
const CaptureScreen = lazy(() => import("./screens/capture-screen.js"));
const InterviewsScreen = lazy(() => import("./screens/interviews-screen.js"));
const ApplicationScreen = lazy(() => import("./screens/application-screen.js"));
const DraftScreen = lazy(() => import("./screens/draft-screen.js"));
const ContactsScreen = lazy(() => import("./screens/contacts-screen.js"));
const SearchScreen = lazy(() => import("./screens/search-screen.js"));
const SettingsScreen = lazy(() => import("./screens/settings-screen.js"));
const InterviewRedirect = lazy(() => import("./screens/interview-redirect.js"));
// Hosted mode only: a local server never answers 401, so these are never fetched there.
const SignInScreen = lazy(() => import("./screens/sign-in-screen.js"));
const ResetPasswordScreen = lazy(() => import("./screens/reset-password-screen.js"));
const AccountScreen = lazy(() => import("./screens/account-screen.js"));

// Shared with the server, which draws the same header into the first HTML of Today.
const NAV = APP_NAV;

function screenFor(path: string, query: URLSearchParams) {
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (!first) return <TodayScreen />;
  if (first === "capture")
    return <CaptureScreen interviewId={second ?? null} waiting={query.get("waiting")} />;
  if (first === "interviews" && second) return <InterviewRedirect id={second} />;
  if (first === "interviews") return <InterviewsScreen />;
  if (first === "applications" && second) return <ApplicationScreen id={second} />;
  if (first === "actions" && second && third === "draft") return <DraftScreen actionId={second} />;
  if (first === "contacts") return <ContactsScreen openId={second ?? null} />;
  if (first === "search") return <SearchScreen initial={query.get("q") ?? ""} />;
  if (first === "settings") return <SettingsScreen />;
  if (first === "account") return <AccountScreen />;
  return (
    <section>
      <h1>Not found</h1>
      <p>
        There is no screen at this address. <Link href="/">Go to Today</Link>.
      </p>
    </section>
  );
}

export function App() {
  const { path, query } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // On navigation, move focus to the new screen so keyboard and screen-reader users follow.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new path.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);
  // Hosted mode: any 401 means no valid session here (signed out, expired or ended elsewhere).
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => {
    const onSignedOut = () => setSignedOut(true);
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, []);
  const section = `/${path.split("/")[1] ?? ""}`;
  const screen =
    path === "/reset-password" ? (
      <ResetPasswordScreen token={query.get("token")} error={query.get("error")} />
    ) : signedOut ? (
      <SignInScreen />
    ) : (
      screenFor(path, query)
    );
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          followthrough
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([href, label]) => (
              <li key={href}>
                <Link
                  href={href}
                  aria-current={
                    section === href || (href === "/interviews" && section === "/applications")
                      ? "page"
                      : undefined
                  }
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>{screen}</Suspense>
      </main>
    </>
  );
}
