/** One message cut out of an mbox archive, with where it started (for error messages). */
export interface MboxMessage {
  /** The "From " separator line, without its line break. */
  fromLine: string;
  /** The message as RFC 5322 text, ">From " quoting undone. */
  raw: string;
  /** 1-based line number of the separator in the archive. */
  line: number;
}

const SEPARATOR = /^From /;
const QUOTED_FROM = /^>+From /;

/** Whether a file is an mbox archive rather than a single message: it opens with a "From " line. */
export function isMbox(text: string): boolean {
  return SEPARATOR.test(text.replace(/^\uFEFF/, ""));
}

/**
 * Splits an mbox archive (mboxrd or mboxo) into its messages. A message starts at a "From " line
 * at the top of the file or after an empty line; the empty line before a separator belongs to the
 * archive, not the message. Lines of ">From ", ">>From "… lose one ">" (the mboxrd rule, which
 * also reads mboxo's single ">From " right).
 */
export function splitMbox(text: string): MboxMessage[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  // A final line break leaves one empty string behind; it is not a line of the last message.
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const messages: MboxMessage[] = [];
  let current: { fromLine: string; line: number; body: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const body = current.body;
    if (body.length > 0 && body[body.length - 1] === "") body.pop();
    messages.push({ fromLine: current.fromLine, line: current.line, raw: body.join("\n") });
  };
  lines.forEach((line, index) => {
    const previous = index === 0 ? "" : lines[index - 1];
    if (SEPARATOR.test(line) && previous === "") {
      finish();
      current = { fromLine: line, line: index + 1, body: [] };
      return;
    }
    if (!current) return;
    current.body.push(QUOTED_FROM.test(line) ? line.slice(1) : line);
  });
  finish();
  return messages;
}

/** The inverse, for tests and exports: one mboxrd archive from messages and their separators. */
export function joinMbox(messages: readonly { fromLine: string; raw: string }[]): string {
  return messages
    .map(({ fromLine, raw }) => {
      const body = raw
        .split("\n")
        .map((line) => (QUOTED_FROM.test(line) || SEPARATOR.test(line) ? `>${line}` : line));
      return `${fromLine}\n${body.join("\n")}\n\n`;
    })
    .join("");
}
