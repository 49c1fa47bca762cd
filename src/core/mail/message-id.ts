/** A Message-ID as compared: no angle brackets or spaces, lower case ("<A@x>" and "a@x" match). */
export function normalizeMessageId(id: string): string {
  return id.trim().replace(/^<|>$/g, "").trim().toLowerCase();
}

/** The ids in an In-Reply-To or References header, in order: "<a@x> <b@y>" → ["<a@x>", "<b@y>"]. */
export function messageIdsIn(header: string | null | undefined): string[] {
  if (!header) return [];
  const bracketed = header.match(/<[^<>\s]+>/g);
  if (bracketed) return bracketed;
  return header.split(/\s+/).filter((part) => part.includes("@"));
}
