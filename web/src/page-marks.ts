// Whose app this is, as the server marked the page (serve-web.ts: <html data-mode data-account>):
// local or hosted, and the account signed in. The offline shell (the service worker's plain
// index.html) carries no marks, so the last ones seen are kept on the phone for it.

const KEPT = "followthrough.page-owner";

export interface PageOwner {
  hosted: boolean;
  /** The account signed in ("local" in local mode); null: hosted, nobody signed in. */
  accountId: string | null;
}

let read: PageOwner | undefined;

function marked(): PageOwner | null {
  const { mode, account } = document.documentElement.dataset;
  if (mode !== "hosted" && mode !== "local") return null;
  return { hosted: mode === "hosted", accountId: account ?? null };
}

function kept(): PageOwner | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEPT) ?? "null") as PageOwner | null;
    return value && typeof value.hosted === "boolean" ? value : null;
  } catch {
    return null;
  }
}

/** The page's owner: its marks, else (offline) the last marks seen, else local mode. */
export function pageOwner(): PageOwner {
  if (read) return read;
  const fromPage = marked();
  if (fromPage) {
    try {
      localStorage.setItem(KEPT, JSON.stringify(fromPage));
    } catch {
      // Storage refused (private mode): the offline shell then knows no owner.
    }
  }
  read = fromPage ?? kept() ?? { hosted: false, accountId: "local" };
  return read;
}

/** Hosted mode: accounts, sign-in, the account page. Local mode asks for none of them. */
export const isHosted = (): boolean => pageOwner().hosted;
