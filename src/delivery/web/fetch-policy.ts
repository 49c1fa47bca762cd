import { lookup } from "node:dns/promises";
import { AppError } from "../../errors/app-error.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** How a name becomes addresses: the system resolver, or a test's own. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchPolicy {
  resolve: Resolver;
  /** Exact addresses let through the private-range check: tests' loopback fixtures only. */
  allowAddresses: ReadonlySet<string>;
  maxBytes: number;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  userAgent: string;
}

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

export interface FetchPolicyOptions {
  /** Hosted mode serves many people: no allow-list there, whatever the environment says. */
  hosted?: boolean;
  allowAddresses?: readonly string[];
  resolve?: Resolver;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

/** The watch's fetch policy: 2 MiB, 15 s, 5 redirects, no private address unless a test allows one. */
export function fetchPolicy(options: FetchPolicyOptions = {}): FetchPolicy {
  const allow = options.allowAddresses ?? [];
  if (options.hosted === true && allow.length > 0)
    throw new AppError(
      "INVALID_INPUT",
      "FOLLOWTHROUGH_WATCH_TEST_ALLOW lets the watch reach addresses on this machine's networks; it is for tests and is refused in hosted mode.",
      { field: "FOLLOWTHROUGH_WATCH_TEST_ALLOW", accepted: "unset in hosted mode" },
    );
  return {
    resolve: options.resolve ?? systemResolver,
    allowAddresses: new Set(allow),
    maxBytes: options.maxBytes ?? 2 * 1024 * 1024,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxRedirects: options.maxRedirects ?? 5,
    userAgent: "followthrough-watch/0.1 (+a job seeker's follow-up assistant)",
  };
}

/** The policy from the environment: FOLLOWTHROUGH_WATCH_TEST_ALLOW (comma-separated IPs, tests only). */
export function fetchPolicyFromEnv(
  env: NodeJS.ProcessEnv,
  mode: { hosted?: boolean } = {},
): FetchPolicy {
  const hosted = mode.hosted === true || env.FOLLOWTHROUGH_MODE?.trim().toLowerCase() === "hosted";
  const allowAddresses = (env.FOLLOWTHROUGH_WATCH_TEST_ALLOW ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
  return fetchPolicy({ hosted, allowAddresses });
}
