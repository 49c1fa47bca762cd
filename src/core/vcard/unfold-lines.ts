export interface PhysicalRun {
  /** 1-based line where the logical line starts. */
  line: number;
  text: string;
}

const QP_HEADER = /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i;

/**
 * Joins folded lines (RFC 6350 §3.2: a line break followed by one space or tab) and the soft
 * line breaks of legacy quoted-printable values (a trailing "=" continues on the next line, as
 * Outlook's 2.1 exports do). Blank lines are dropped.
 */
export function unfoldLines(text: string): PhysicalRun[] {
  const physical = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const runs: PhysicalRun[] = [];
  let current: PhysicalRun | null = null;
  physical.forEach((raw, index) => {
    if (current !== null && QP_HEADER.test(current.text) && current.text.endsWith("=")) {
      current.text = current.text.slice(0, -1) + raw;
      return;
    }
    if (current !== null && (raw.startsWith(" ") || raw.startsWith("\t"))) {
      current.text += raw.slice(1);
      return;
    }
    if (raw.trim() === "") {
      current = null;
      return;
    }
    current = { line: index + 1, text: raw };
    runs.push(current);
  });
  return runs;
}
