import fc from "fast-check";

/** The parts of an OpenAPI 3.1 document the request generator reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
interface Operation {
  parameters?: { name: string; in: "path" | "query" | "header"; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}
// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is open-ended; the generator reads what it knows.
type JsonSchema = Record<string, any>;

export interface FuzzRequest {
  method: string;
  path: string;
  /** The route as documented, for the report. */
  route: string;
  headers: Record<string, string>;
  body?: string;
}

/** Values no well-behaved client sends: what an attacker or a broken script does. */
const HOSTILE_STRINGS = [
  "",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "x".repeat(100_000),
  "é".repeat(5_000),
  "🙂".repeat(3_000),
  "Dana's\nreply\r\n",
  "<script>alert(1)</script>",
  "'; drop table actions; --",
  "../../../etc/passwd",
  "%00%ff",
  "2026-02-30",
  "9999-12-31T25:61",
  "Etc/Nowhere",
  `${"a".repeat(2_000)} ${"b".repeat(60)}`,
];

const HOSTILE_BODIES = [
  "",
  "{",
  "null",
  "[]",
  '"text"',
  "1e999999",
  `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
  `{"a":${'{"a":'.repeat(2_000)}1${"}".repeat(2_000)}}`,
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"name":"A","name":"B","name":"\\u0000"}',
  '{"text":"\\u0000"}',
];

const CONTENT_TYPES = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "text/vcard",
  "application/json; charset=utf-16",
];

function resolve(doc: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema {
  let s = schema ?? {};
  for (let i = 0; i < 10 && typeof s.$ref === "string"; i++) {
    const name = s.$ref.split("/").pop() as string;
    s = doc.components?.schemas?.[name] ?? {};
  }
  return s;
}

/** Values shaped by the schema, mostly plausible, sometimes hostile, sometimes the wrong type. */
export function valueFor(
  doc: OpenApiDocument,
  raw: JsonSchema | undefined,
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  const wrong = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
  );
  const hostile = fc.constantFrom(...HOSTILE_STRINGS);
  if (depth > 4) return wrong;
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants) && variants.length > 0)
    return fc.oneof(...variants.map((v: JsonSchema) => valueFor(doc, v, depth + 1)));
  if (Array.isArray(schema.enum))
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, hostile);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return fc.oneof(
        { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
        { weight: 3, arbitrary: hostile },
        { weight: 1, arbitrary: wrong },
      );
    case "integer":
    case "number":
      return fc.oneof(
        fc.integer({ min: -5, max: 400 }),
        fc.constantFrom(0, -1, 1e308, 2 ** 53),
        wrong,
      );
    case "boolean":
      return fc.oneof({ weight: 3, arbitrary: fc.boolean() }, wrong);
    case "array":
      return fc.oneof(
        {
          weight: 4,
          arbitrary: fc.array(valueFor(doc, schema.items, depth + 1), { maxLength: 3 }),
        },
        { weight: 1, arbitrary: wrong },
      );
    case "object": {
      const props = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
      const record = fc.record(
        Object.fromEntries(props.map(([k, v]) => [k, valueFor(doc, v, depth + 1)])),
        { requiredKeys: (schema.required ?? []) as string[] },
      );
      return fc.oneof({ weight: 5, arbitrary: record }, { weight: 1, arbitrary: wrong });
    }
    default:
      return fc.oneof(hostile, wrong);
  }
}

/**
 * Requests for one documented operation: path and query parameters from known ids and hostile
 * strings, bodies from the schema or from a list of hostile texts, sometimes of the wrong type.
 */
export function requestsFor(
  doc: OpenApiDocument,
  route: string,
  method: string,
  knownIds: readonly string[],
): fc.Arbitrary<FuzzRequest> {
  const op = doc.paths[route]?.[method] as Operation;
  const params = op.parameters ?? [];
  const paramValue = (schema: JsonSchema | undefined) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
      {
        weight: 2,
        arbitrary: valueFor(doc, schema).map((v) =>
          typeof v === "string" ? v : JSON.stringify(v),
        ),
      },
    );
  const pathValues = fc.record(
    Object.fromEntries(
      params.filter((p) => p.in === "path").map((p) => [p.name, paramValue(p.schema)]),
    ),
  );
  const queryValues = fc.record(
    Object.fromEntries(
      params.filter((p) => p.in === "query").map((p) => [p.name, paramValue(p.schema)]),
    ),
    { requiredKeys: [] },
  );
  const declared = Object.entries(op.requestBody?.content ?? {});
  const schemaBody = declared.length
    ? fc.constantFrom(...declared).chain(([type, media]) =>
        valueFor(doc, media.schema).map((v) => ({
          type,
          text:
            type === "application/json"
              ? (JSON.stringify(v) ?? "null")
              : typeof v === "string"
                ? v
                : JSON.stringify(v),
        })),
      )
    : fc.constant(undefined);
  const hostileBody = fc.record({
    type: fc.constantFrom(...CONTENT_TYPES),
    text: fc.constantFrom(...HOSTILE_BODIES),
  });
  const body =
    method === "get"
      ? fc.constant(undefined)
      : fc.oneof({ weight: 3, arbitrary: schemaBody }, { weight: 2, arbitrary: hostileBody });

  return fc.record({ pathValues, queryValues, body }).map(({ pathValues, queryValues, body }) => {
    let path = route;
    for (const [name, value] of Object.entries(pathValues))
      path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    const query = new URLSearchParams(
      Object.entries(queryValues).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
    const headers: Record<string, string> = body ? { "content-type": body.type } : {};
    return {
      method: method.toUpperCase(),
      path: query ? `${path}?${query}` : path,
      route: `${method.toUpperCase()} ${route}`,
      headers,
      ...(body ? { body: body.text } : {}),
    };
  });
}
