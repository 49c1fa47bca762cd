import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import {
  BOARD_FIXTURES,
  leverPage,
  smartRecruitersPage,
} from "../../src/core/watch/parse-board-response.fixtures.js";
import * as FEEDS from "../../src/core/watch/parse-feed.fixtures.js";

/**
 * A local HTTP server on 127.0.0.1 answering as the careers boards and news feeds do (the
 * providers' documented shapes, the broken feeds), plus the misbehaviours a watch meets: an
 * unknown board, a slow answer, an endless one, a redirect, a 429 with Retry-After, ETags.
 * Reachable by the watch only through its test-only allow-list (FOLLOWTHROUGH_WATCH_TEST_ALLOW).
 */
export interface WatchFixtureServer {
  origin: string;
  port: number;
  /** Requests seen, by path and query, with the conditional headers they carried. */
  requests: {
    path: string;
    query: string;
    ifNoneMatch: string | null;
    ifModifiedSince: string | null;
  }[];
  /** Replace what a path answers (a board that gains a posting, a feed that starts failing). */
  route: (path: string, handler: Handler) => void;
  close: () => Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startWatchFixtureServer(): Promise<WatchFixtureServer> {
  const routes = new Map<string, Handler>();
  const requests: WatchFixtureServer["requests"] = [];
  const json =
    (body: unknown, etag?: string): Handler =>
    (req, res) => {
      if (etag && req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res
        .writeHead(200, { "content-type": "application/json", ...(etag ? { etag } : {}) })
        .end(JSON.stringify(body));
    };
  const bytes =
    (type: string, body: string | Uint8Array, lastModified?: string): Handler =>
    (req, res) => {
      if (lastModified && req.headers["if-modified-since"] === lastModified) {
        res.writeHead(304, { "last-modified": lastModified }).end();
        return;
      }
      res
        .writeHead(200, {
          "content-type": type,
          ...(lastModified ? { "last-modified": lastModified } : {}),
        })
        .end(body);
    };
  for (const [provider, fixture] of Object.entries(BOARD_FIXTURES))
    routes.set(`/boards/${provider}/${fixture.token}`, json(fixture.body, `"${provider}-v1"`));
  // Big boards that page: SmartRecruiters by offset/limit with totalFound (250, and 5,000 beyond
  // the cap), Lever by skip/limit until a short page (150).
  const query = (req: IncomingMessage) => new URL(req.url ?? "/", "http://fixture").searchParams;
  const paged =
    (page: (offset: number, limit: number) => unknown, offsetName: string): Handler =>
    (req, res) => {
      const q = query(req);
      const body = page(Number(q.get(offsetName) ?? 0), Number(q.get("limit") ?? 10));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
  routes.set(
    "/boards/smartrecruiters/BigCorp",
    paged((offset, limit) => smartRecruitersPage(offset, Math.min(limit, 100), 250), "offset"),
  );
  routes.set(
    "/boards/smartrecruiters/HugeCorp",
    paged((offset, limit) => smartRecruitersPage(offset, Math.min(limit, 100), 5000), "offset"),
  );
  routes.set(
    "/boards/lever/bigco",
    paged((skip, limit) => leverPage(skip, limit, 150), "skip"),
  );
  routes.set("/boards/lever/nobody", (_q, res) => {
    res
      .writeHead(404, { "content-type": "application/json" })
      .end('{"ok":false,"error":"Document not found"}');
  });
  routes.set(
    "/feeds/press.xml",
    bytes("application/rss+xml; charset=utf-8", FEEDS.RSS_PRESS, "Tue, 24 Nov 2026 09:00:00 GMT"),
  );
  routes.set("/feeds/blog.atom", bytes("application/atom+xml", FEEDS.ATOM_BLOG));
  routes.set("/feeds/news.json", bytes("application/feed+json", FEEDS.JSON_FEED));
  routes.set("/feeds/latin1.xml", bytes("text/xml", FEEDS.RSS_LATIN1_BYTES));
  routes.set("/feeds/wrong-encoding.xml", bytes("text/xml", FEEDS.RSS_WRONG_ENCODING_BYTES));
  routes.set("/feeds/truncated.xml", bytes("application/rss+xml", FEEDS.RSS_TRUNCATED));
  routes.set("/news", bytes("text/html; charset=utf-8", FEEDS.HTML_NEWSROOM));
  routes.set("/news/feed.xml", bytes("application/rss+xml", FEEDS.RSS_PRESS));
  routes.set("/gzip.xml", (_q, res) => {
    res
      .writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" })
      .end(gzipSync(FEEDS.RSS_PRESS));
  });
  routes.set("/bomb.xml", (_q, res) => {
    // 64 MiB of zeros in about 64 KiB of gzip.
    res
      .writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" })
      .end(gzipSync(Buffer.alloc(64 * 1024 * 1024)));
  });
  routes.set("/endless", (_q, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) {}
      if (!res.destroyed) res.once("drain", pump);
    };
    pump();
  });
  routes.set("/slow", (_q, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.write("<rss>");
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(" ")), 200);
    res.on("close", () => clearInterval(timer));
  });
  routes.set("/busy", (_q, res) => {
    res.writeHead(429, { "retry-after": "120" }).end();
  });
  routes.set("/down", (_q, res) => {
    res.writeHead(503).end();
  });

  const server = createServer((req, res) => {
    const [path = "/", search = ""] = (req.url ?? "/").split("?");
    requests.push({
      path,
      query: search,
      ifNoneMatch: (req.headers["if-none-match"] as string | undefined) ?? null,
      ifModifiedSince: (req.headers["if-modified-since"] as string | undefined) ?? null,
    });
    const redirect = /^\/redirect\/(.+)$/.exec(path);
    if (redirect?.[1]) {
      res.writeHead(302, { location: decodeURIComponent(redirect[1]) }).end();
      return;
    }
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { "content-type": "text/html" }).end("<!doctype html><p>Not found</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
