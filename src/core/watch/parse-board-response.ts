import type { BoardPage } from "./board-pages.js";
import { plainText } from "./plain-text.js";
import { safeUrl } from "./safe-url.js";
import { toInstant } from "./to-instant.js";
import type { BoardProvider, ParseOutcome, Posting } from "./watch.types.js";
import { MAX_FIELD_CHARS, MAX_ITEMS_PER_RESPONSE, MAX_TITLE_CHARS } from "./watch-limits.js";

type Json = unknown;
type Row = Record<string, Json>;

const isRow = (v: Json): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);
const row = (v: Json): Row => (isRow(v) ? v : {});
const text = (v: Json, max = MAX_FIELD_CHARS): string | null => {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v !== "string") return null;
  const t = plainText(v, max);
  return t === "" ? null : t;
};
const joined = (parts: Json[]): string | null => {
  const words = parts.map((p) => text(p)).filter((p): p is string => p !== null);
  return words.length === 0 ? null : plainText([...new Set(words)].join(", "), MAX_FIELD_CHARS);
};

interface ProviderShape {
  /** The list of postings in the provider's answer, or null when the answer is not its shape. */
  list: (body: Json) => Json[] | null;
  /** One listed posting in the common shape, or null when it lacks an id or title (or is unlisted). */
  posting: (job: Row, token: string) => Posting | null;
  /** How many postings the board holds in all, when its answer says (a paged board). */
  total?: (body: Json) => number | null;
}

function make(
  boardId: Json,
  title: Json,
  rest: Omit<Posting, "boardId" | "title">,
): Posting | null {
  const id = text(boardId, MAX_FIELD_CHARS);
  const name = text(title, MAX_TITLE_CHARS);
  return id === null || name === null ? null : { boardId: id, title: name, ...rest };
}

// Each provider's documented answer, mapped to one Posting (R20). A provider is one entry here.
const SHAPES: { readonly [P in BoardProvider]: ProviderShape } = {
  greenhouse: {
    list: (body) => (Array.isArray(row(body).jobs) ? (row(body).jobs as Json[]) : null),
    posting: (job) =>
      make(job.id, job.title, {
        url: safeUrl(job.absolute_url),
        location: text(row(job.location).name),
        department: joined(
          Array.isArray(job.departments) ? job.departments.map((d) => row(d).name) : [],
        ),
        postedAt: toInstant(job.first_published) ?? toInstant(job.updated_at),
      }),
  },
  lever: {
    list: (body) => (Array.isArray(body) ? body : null),
    posting: (job) => {
      const categories = row(job.categories);
      return make(job.id, job.text, {
        url: safeUrl(job.hostedUrl),
        location: text(categories.location),
        department: joined([categories.department, categories.team]),
        postedAt: toInstant(job.createdAt),
      });
    },
  },
  ashby: {
    list: (body) => (Array.isArray(row(body).jobs) ? (row(body).jobs as Json[]) : null),
    posting: (job) =>
      job.isListed === false
        ? null
        : make(job.id, job.title, {
            url: safeUrl(job.jobUrl),
            location: text(job.location),
            department: joined([job.department, job.team]),
            postedAt: toInstant(job.publishedAt),
          }),
  },
  workable: {
    list: (body) => (Array.isArray(row(body).jobs) ? (row(body).jobs as Json[]) : null),
    posting: (job) =>
      make(job.shortcode, job.title, {
        url: safeUrl(job.url) ?? safeUrl(job.shortlink),
        location:
          job.telecommuting === true ? "Remote" : joined([job.city, job.state, job.country]),
        department: text(job.department),
        postedAt: toInstant(job.published_on) ?? toInstant(job.created_at),
      }),
  },
  smartrecruiters: {
    list: (body) => (Array.isArray(row(body).content) ? (row(body).content as Json[]) : null),
    total: (body) => {
      const n = row(body).totalFound;
      return typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : null;
    },
    posting: (job, token) => {
      const place = row(job.location);
      const id = text(job.id);
      return make(job.id, job.name, {
        // The API's own `ref` needs no key but is JSON; the person reads the jobs page.
        url:
          id === null
            ? null
            : safeUrl(
                `https://jobs.smartrecruiters.com/${encodeURIComponent(token)}/${encodeURIComponent(id)}`,
              ),
        location:
          place.remote === true
            ? "Remote"
            : (text(place.fullLocation) ?? joined([place.city, place.region, place.country])),
        department: text(row(job.department).label),
        postedAt: toInstant(job.releasedDate),
      });
    },
  },
  recruitee: {
    list: (body) => (Array.isArray(row(body).offers) ? (row(body).offers as Json[]) : null),
    posting: (job) =>
      job.status !== undefined && job.status !== "published"
        ? null
        : make(job.id, job.title, {
            url: safeUrl(job.careers_url),
            location: text(job.location) ?? joined([job.city, job.country]),
            department: text(job.department),
            postedAt: toInstant(job.published_at) ?? toInstant(job.created_at),
          }),
  },
};

const LABEL: { readonly [P in BoardProvider]: string } = {
  greenhouse: "Greenhouse",
  lever: "Lever",
  ashby: "Ashby",
  workable: "Workable",
  smartrecruiters: "SmartRecruiters",
  recruitee: "Recruitee",
};

export function providerLabel(provider: BoardProvider): string {
  return LABEL[provider];
}

/**
 * The postings in a board's answer, in one shape, deduplicated by the board's id and capped, and
 * what the answer says of its page (see board-pages.ts). Never throws: an answer that is not
 * JSON or not the provider's shape says so.
 */
export function parseBoardResponse(
  provider: BoardProvider,
  token: string,
  body: string,
): ParseOutcome<{ postings: Posting[]; page: BoardPage }> {
  let json: Json;
  try {
    json = JSON.parse(body);
  } catch {
    const page = /^\s*</.test(body);
    return {
      ok: false,
      problem: page
        ? `${LABEL[provider]} answered with a web page, not the board's list of positions: check the board name "${token}".`
        : `${LABEL[provider]}'s answer could not be read as a list of positions.`,
    };
  }
  const list = SHAPES[provider].list(json);
  if (list === null)
    return {
      ok: false,
      problem: `${LABEL[provider]}'s answer is not a list of positions: the board "${token}" may not exist or may have moved.`,
    };
  const seen = new Set<string>();
  const postings: Posting[] = [];
  for (const job of list) {
    if (postings.length >= MAX_ITEMS_PER_RESPONSE) break;
    if (!isRow(job)) continue;
    const posting = SHAPES[provider].posting(job, token);
    if (posting === null || seen.has(posting.boardId)) continue;
    seen.add(posting.boardId);
    postings.push(posting);
  }
  return {
    ok: true,
    postings,
    page: { listed: list.length, total: SHAPES[provider].total?.(json) ?? null },
  };
}
