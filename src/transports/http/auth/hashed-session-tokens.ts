import { createHash } from "node:crypto";
import type { DBAdapter, DBAdapterInstance, Where } from "@better-auth/core/db/adapter";

/** What the store keeps of a session token: its SHA-256, so a copy of the database signs no one in. */
export function digestToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}

/**
 * better-auth keeps a session's token as given; this wraps its adapter so the `session` model's
 * token is written and looked up as its digest. A row read by its token gets that token back
 * (better-auth sets the cookie from it); one read otherwise carries only the digest.
 */
export function withHashedSessionTokens(base: DBAdapterInstance): DBAdapterInstance {
  return (options) => wrap(base(options));
}

function wrap(adapter: DBAdapter): DBAdapter {
  const isSession = (model: string) => model === "session";
  const hashWhere = (where: Where[] | undefined) =>
    where?.map((w) => (w.field === "token" ? { ...w, value: hashValue(w.value) } : w)) as
      | Where[]
      | undefined;
  // The plain token a where clause named, to put back in place of its digest.
  const namedToken = (where: Where[] | undefined) => {
    const w = where?.find((x) => x.field === "token" && (x.operator ?? "eq") === "eq");
    return typeof w?.value === "string" ? w.value : undefined;
  };
  const restore = <T>(row: T, token: string | undefined): T =>
    row && token !== undefined && typeof row === "object" ? { ...row, token } : row;

  const wrapped: DBAdapter = {
    ...adapter,
    create: async <T extends Record<string, unknown>, R = T>(
      data: Parameters<DBAdapter["create"]>[0],
    ) => {
      const given = data as { model: string; data: Omit<T, "id"> };
      const token = (given.data as { token?: unknown }).token;
      if (!isSession(data.model) || typeof token !== "string") return adapter.create<T, R>(given);
      const row = await adapter.create<T, R>({
        ...given,
        data: { ...given.data, token: digestToken(token) } as Omit<T, "id">,
      });
      return restore(row, token);
    },
    findOne: async <T>(data: Parameters<DBAdapter["findOne"]>[0]) => {
      if (!isSession(data.model)) return adapter.findOne<T>(data);
      const row = await adapter.findOne<T>({ ...data, where: hashWhere(data.where) ?? [] });
      return restore(row, namedToken(data.where));
    },
    findMany: async (data) => {
      if (!isSession(data.model)) return adapter.findMany(data);
      return adapter.findMany({ ...data, where: hashWhere(data.where) });
    },
    count: async (data) =>
      isSession(data.model)
        ? adapter.count({ ...data, where: hashWhere(data.where) })
        : adapter.count(data),
    update: async <T>(data: Parameters<DBAdapter["update"]>[0]) => {
      if (!isSession(data.model)) return adapter.update<T>(data);
      const row = await adapter.update<T>({ ...data, where: hashWhere(data.where) ?? [] });
      return restore(row, namedToken(data.where));
    },
    updateMany: async (data) =>
      isSession(data.model)
        ? adapter.updateMany({ ...data, where: hashWhere(data.where) ?? [] })
        : adapter.updateMany(data),
    delete: async (data) =>
      isSession(data.model)
        ? adapter.delete({ ...data, where: hashWhere(data.where) ?? [] })
        : adapter.delete(data),
    deleteMany: async (data) =>
      isSession(data.model)
        ? adapter.deleteMany({ ...data, where: hashWhere(data.where) ?? [] })
        : adapter.deleteMany(data),
    consumeOne: async (data) =>
      isSession(data.model)
        ? adapter.consumeOne({ ...data, where: hashWhere(data.where) ?? [] })
        : adapter.consumeOne(data),
    incrementOne: async (data) =>
      isSession(data.model)
        ? adapter.incrementOne({ ...data, where: hashWhere(data.where) ?? [] })
        : adapter.incrementOne(data),
    transaction: (callback) =>
      adapter.transaction((trx) => callback(wrap({ ...trx, transaction: adapter.transaction }))),
  };
  return wrapped;
}

function hashValue(value: Where["value"]): Where["value"] {
  if (typeof value === "string") return digestToken(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string"))
    return (value as string[]).map(digestToken);
  return value;
}
