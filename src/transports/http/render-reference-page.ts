// The readable API reference at /api/docs: plain HTML rendered on the server from the OpenAPI
// document, with no script and nothing fetched from elsewhere. Every string is escaped.

type Json = Record<string, unknown>;

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export function renderReferencePage(doc: Json): string {
  const info = (doc.info ?? {}) as Json;
  const paths = (doc.paths ?? {}) as Record<string, Json>;
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Json })),
  );
  const tags = [...new Set(operations.map((o) => firstTag(o.op)))];
  const sections = tags.map((tag) => {
    const ops = operations.filter((o) => firstTag(o.op) === tag);
    return `<section><h2 id="tag-${attr(tag)}">${esc(tag)}</h2>${ops.map((o) => renderOperation(o.method, o.path, o.op)).join("")}</section>`;
  });
  const models = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<section class="model"><h3 id="schema-${attr(name)}">${esc(name)}</h3>${renderSchema(schema, 0)}</section>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(String(info.title ?? "API"))} — API reference</title>
<style>${STYLE}</style></head>
<body><header><h1>${esc(String(info.title ?? "API"))} <small>${esc(String(info.version ?? ""))}</small></h1>
<p>${esc(String(info.description ?? ""))}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
<nav aria-label="Sections"><ul>${tags.map((t) => `<li><a href="#tag-${attr(t)}">${esc(t)}</a></li>`).join("")}<li><a href="#models">models</a></li></ul></nav></header>
<main>${sections.join("")}<section><h2 id="models">models</h2>${models}</section></main></body></html>`;
}

function firstTag(op: Json): string {
  return (op.tags as string[] | undefined)?.[0] ?? "other";
}

function renderOperation(method: string, path: string, op: Json): string {
  const params = (op.parameters ?? []) as Json[];
  const body = op.requestBody as Json | undefined;
  const responses = (op.responses ?? {}) as Record<string, Json>;
  const paramRows = params
    .map(
      (p) =>
        `<li><code>${esc(String(p.name))}</code> <span class="muted">(${esc(String(p.in))}${p.required ? ", required" : ""})</span> ${renderType(p.schema as Json)}</li>`,
    )
    .join("");
  const bodyContent = (body?.content ?? {}) as Record<string, Json>;
  const bodyHtml = Object.entries(bodyContent)
    .map(
      ([type, media]) =>
        `<p>Body <code>${esc(type)}</code></p>${renderSchema(media.schema as Json, 0)}`,
    )
    .join("");
  const responseRows = Object.entries(responses)
    .map(([status, r]) => {
      const content = (r.content ?? {}) as Record<string, Json>;
      const types = Object.entries(content)
        .map(([type, media]) => `<code>${esc(type)}</code> ${renderType(media.schema as Json)}`)
        .join(", ");
      return `<li><strong>${esc(status)}</strong> ${esc(String(r.description ?? ""))}${types ? ` — ${types}` : ""}</li>`;
    })
    .join("");
  return `<article class="op"><h3><span class="method ${attr(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(String(op.summary ?? ""))}</p>
${paramRows ? `<p>Parameters</p><ul>${paramRows}</ul>` : ""}${bodyHtml}<p>Responses</p><ul>${responseRows}</ul></article>`;
}

function renderSchema(schema: Json | undefined, depth: number): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string" || depth > 2) return `<p>${renderType(schema)}</p>`;
  const props = schema.properties as Record<string, Json> | undefined;
  const variants = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (variants)
    return `<p>One of:</p><ul>${variants.map((v) => `<li>${renderSchema(v, depth + 1)}</li>`).join("")}</ul>`;
  if (!props) return `<p>${renderType(schema)}</p>`;
  const required = new Set((schema.required ?? []) as string[]);
  return `<ul class="fields">${Object.entries(props)
    .map(
      ([name, p]) =>
        `<li><code>${esc(name)}</code>${required.has(name) ? "" : '<span class="muted">?</span>'} ${renderType(p)}${p.description ? ` <span class="muted">— ${esc(String(p.description))}</span>` : ""}${p.properties ? renderSchema(p, depth + 1) : ""}</li>`,
    )
    .join("")}</ul>`;
}

function renderType(schema: Json | undefined): string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop() ?? "";
    return `<a href="#schema-${attr(name)}">${esc(name)}</a>`;
  }
  if (Array.isArray(schema.enum))
    return `<span class="type">${esc(schema.enum.map(String).join(" | "))}</span>`;
  if (schema.const !== undefined)
    return `<span class="type">${esc(JSON.stringify(schema.const))}</span>`;
  const variants = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (variants) return variants.map(renderType).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  if (type.startsWith("array")) return `array of ${renderType(schema.items as Json)}`;
  return `<span class="type">${esc(type)}</span>`;
}

function esc(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function attr(text: string): string {
  return esc(text.replace(/[^A-Za-z0-9_-]/g, "-"));
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1f;--muted:#5a5a66;--line:#d8d8e0;--accent:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--bg:#15161a;--fg:#ececf1;--muted:#a6a6b4;--line:#33343c;--accent:#8ab4ff}}
body{margin:0 auto;max-width:60rem;padding:1rem;font:16px/1.5 system-ui,sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--accent)}code{font-family:ui-monospace,monospace;font-size:.92em}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
.op{border-top:1px solid var(--line);padding:.5rem 0}.op h3{font-size:1rem;margin:.5rem 0}
.method{display:inline-block;min-width:3.5rem;font-weight:700}.muted{color:var(--muted)}.type{color:var(--muted)}
.fields{margin:.25rem 0}.model{border-top:1px solid var(--line)}`;
