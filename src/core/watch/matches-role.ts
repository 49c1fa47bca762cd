// Words that say nothing about the work itself, so "Senior Manager" shares nothing with "Senior Engineer".
const IGNORED = new Set(
  "a an and at for in of on or the to with i ii iii iv sr jr senior junior staff principal lead head remote hybrid onsite contract intern internship full part time m f d w x".split(
    " ",
  ),
);

export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z0-9+#]+/)
      .filter((w) => w.length > 1 && !IGNORED.has(w)),
  );
}

/** The words of the user's role that a posting's title shares (R20: a matching new position is marked). */
export function sharedRoleWords(postingTitle: string, role: string): string[] {
  const wanted = titleWords(role);
  return [...titleWords(postingTitle)].filter((w) => wanted.has(w));
}
