const SUBJECT_LINE = /^Subject:[ \t]*(.*)\r?\n(?:[ \t]*\r?\n)*/;

/** Email templates open with a "Subject:" line; the rest is the body. */
export function splitSubject(text: string): { subject: string | null; body: string } {
  const match = SUBJECT_LINE.exec(text);
  if (match === null) return { subject: null, body: text };
  return { subject: (match[1] ?? "").trim(), body: text.slice(match[0].length) };
}
