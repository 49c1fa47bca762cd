import { AppError } from "../../errors/app-error.js";
import type { BoardProvider, BoardSource, SourceRef } from "./watch.types.js";

const FIELD = "Source URL";
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

type Recogniser = (
  url: URL,
  segments: string[],
) => { provider: BoardProvider; token: string; eu?: boolean } | null;

// A careers page or board API URL as people paste it, to the provider and the board's token (R20).
const RECOGNISERS: readonly Recogniser[] = [
  (url, [first, second, third]) => {
    const host = url.hostname;
    if (
      !/^(boards|job-boards)(\.eu)?\.greenhouse\.io$/.test(host) &&
      host !== "boards-api.greenhouse.io"
    )
      return null;
    if (host === "boards-api.greenhouse.io")
      return first === "v1" && second === "boards" && third
        ? { provider: "greenhouse", token: third }
        : null;
    if (first === "embed") {
      const token = url.searchParams.get("for");
      return token ? { provider: "greenhouse", token } : null;
    }
    return first ? { provider: "greenhouse", token: first } : null;
  },
  (url, [first, second, third]) => {
    const host = url.hostname;
    if (host === "jobs.lever.co" || host === "jobs.eu.lever.co")
      return first ? { provider: "lever", token: first, eu: host === "jobs.eu.lever.co" } : null;
    if (host === "api.lever.co" || host === "api.eu.lever.co")
      return first === "v0" && second === "postings" && third
        ? { provider: "lever", token: third, eu: host === "api.eu.lever.co" }
        : null;
    return null;
  },
  (url, [first, second, third]) => {
    if (url.hostname === "jobs.ashbyhq.com")
      return first ? { provider: "ashby", token: first } : null;
    if (url.hostname === "api.ashbyhq.com")
      return first === "posting-api" && second === "job-board" && third
        ? { provider: "ashby", token: third }
        : null;
    return null;
  },
  (url, segments) => {
    const host = url.hostname;
    if (host === "apply.workable.com") {
      if (segments[0] === "api") {
        const at = segments.indexOf("accounts");
        const token = at >= 0 ? segments[at + 1] : undefined;
        return token ? { provider: "workable", token } : null;
      }
      return segments[0] ? { provider: "workable", token: segments[0] } : null;
    }
    const sub = /^([a-z0-9-]+)\.workable\.com$/.exec(host)?.[1];
    return sub && sub !== "www" && sub !== "apply" ? { provider: "workable", token: sub } : null;
  },
  (url, [first, second, third]) => {
    const host = url.hostname;
    if (host === "jobs.smartrecruiters.com" || host === "careers.smartrecruiters.com")
      return first ? { provider: "smartrecruiters", token: first } : null;
    if (host === "api.smartrecruiters.com")
      return first === "v1" && second === "companies" && third
        ? { provider: "smartrecruiters", token: third }
        : null;
    return null;
  },
  (url) => {
    const sub = /^([a-z0-9-]+)\.recruitee\.com$/.exec(url.hostname)?.[1];
    return sub && sub !== "www" && sub !== "app" && sub !== "api"
      ? { provider: "recruitee", token: sub }
      : null;
  },
];

/** The public, key-less API that lists a board's postings. */
export function boardApiUrl(provider: BoardProvider, token: string, eu = false): string {
  const t = encodeURIComponent(token);
  switch (provider) {
    case "greenhouse":
      return `https://boards-api.greenhouse.io/v1/boards/${t}/jobs?content=true`;
    case "lever":
      return `https://api.${eu ? "eu." : ""}lever.co/v0/postings/${t}?mode=json`;
    case "ashby":
      return `https://api.ashbyhq.com/posting-api/job-board/${t}`;
    case "workable":
      return `https://apply.workable.com/api/v1/widget/accounts/${t}`;
    case "smartrecruiters":
      return `https://api.smartrecruiters.com/v1/companies/${t}/postings`;
    case "recruitee":
      return `https://${t}.recruitee.com/api/offers/`;
    default:
      return provider satisfies never;
  }
}

/**
 * What a URL the user pastes points at: a careers board of a provider we read (its token and API),
 * or else a news feed at that address. Throws INVALID_INPUT for anything that is not a web address.
 */
export function recogniseSource(input: string): SourceRef {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new AppError("INVALID_INPUT", `${FIELD} is not a web address: "${raw.slice(0, 80)}".`, {
      field: "url",
      accepted: "a careers page (for example https://jobs.lever.co/acme) or a news feed URL",
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new AppError("INVALID_INPUT", `${FIELD} must start with https:// or http://.`, {
      field: "url",
      accepted: "an http or https address",
    });
  if (url.username !== "" || url.password !== "")
    throw new AppError("INVALID_INPUT", `${FIELD} must not carry a user name or password.`, {
      field: "url",
      accepted: "a public address without credentials",
    });
  url.hostname = url.hostname.toLowerCase();
  const segments = url.pathname
    .split("/")
    .filter((s) => s !== "")
    .map(safeDecode);
  for (const recognise of RECOGNISERS) {
    const found = recognise(url, segments);
    if (found === null) continue;
    if (!TOKEN.test(found.token))
      throw new AppError(
        "INVALID_INPUT",
        `${FIELD} looks like a ${found.provider} board, but "${found.token.slice(0, 60)}" is not a board name.`,
        { field: "url", accepted: "the board's name as in its careers page address" },
      );
    const board: BoardSource = {
      kind: "board",
      provider: found.provider,
      token: found.token,
      apiUrl: boardApiUrl(found.provider, found.token, found.eu),
    };
    return board;
  }
  url.hash = "";
  return { kind: "feed", url: url.href };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
