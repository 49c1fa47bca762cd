export interface PhysicalRun {
  /** 1-based line where the logical line starts. */
  line: number;
  text: string;
}

/** A parameter naming the legacy encoding, ending the parameter or the property's name part. */
const QP_PARAM = /;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i;
/** Characters of the name part kept to find QP_PARAM across a fold: one fewer than its longest match. */
const QP_WINDOW = ";ENCODING=QUOTED-PRINTABLE:".length - 1;
/** Pieces joined into one string at a time, so a line folded a million times holds few strings. */
const PIECES_PER_CHUNK = 4096;

/**
 * One logical line being joined. Its pieces are joined once at the end: appending to one growing
 * string and testing it after every piece is quadratic in the number of folds.
 */
class OpenRun {
  readonly line: number;
  /** The first piece, and the rest once there is a fold (most lines have none). */
  private first: string;
  private rest: string[] | null = null;
  /** Earlier pieces of `rest`, joined PIECES_PER_CHUNK at a time. */
  private chunks: string[] | null = null;
  /** Whether a colon has been seen: after it, whether the line is quoted-printable is settled. */
  private valueStarted = false;
  /** The end of the name part so far (it has no colon), to find QP_PARAM across a fold. */
  private nameTail = "";
  private quotedPrintable = false;

  constructor(line: number, first: string) {
    this.line = line;
    this.first = "";
    this.append(first);
  }

  /** Appends one piece; empty pieces are not kept, so the last piece holds the last character. */
  append(piece: string): void {
    if (piece === "") return;
    if (this.first === "") this.first = piece;
    else if (this.rest === null) this.rest = [piece];
    else if (this.rest.push(piece) === PIECES_PER_CHUNK) {
      if (this.chunks === null) this.chunks = [];
      this.chunks.push(this.rest.join(""));
      this.rest = [];
    }
    if (this.valueStarted || this.quotedPrintable) return;
    const colon = piece.indexOf(":");
    const window = this.nameTail + (colon < 0 ? piece : piece.slice(0, colon + 1));
    if (QP_PARAM.test(window)) this.quotedPrintable = true;
    if (colon >= 0) this.valueStarted = true;
    else this.nameTail = window.slice(-QP_WINDOW);
  }

  /** Whether the line is quoted-printable and ends in "=", a soft line break. */
  endsWithSoftBreak(): boolean {
    return this.quotedPrintable && this.last().endsWith("=");
  }

  dropSoftBreak(): void {
    const trimmed = this.last().slice(0, -1);
    if (this.rest !== null && this.rest.length > 0) {
      if (trimmed === "") this.rest.pop();
      else this.rest[this.rest.length - 1] = trimmed;
    } else if (this.chunks !== null && this.chunks.length > 0) {
      if (trimmed === "") this.chunks.pop();
      else this.chunks[this.chunks.length - 1] = trimmed;
    } else {
      this.first = trimmed;
    }
  }

  finish(): PhysicalRun {
    if (this.rest === null) return { line: this.line, text: this.first };
    const chunks = this.chunks === null ? "" : this.chunks.join("");
    return { line: this.line, text: this.first + chunks + this.rest.join("") };
  }

  private last(): string {
    return this.rest?.[this.rest.length - 1] ?? this.chunks?.[this.chunks.length - 1] ?? this.first;
  }
}

/**
 * Joins folded lines (RFC 6350 §3.2: a line break — CRLF, LF, CR or CR CR LF — followed by one
 * space or tab) and the soft
 * line breaks of legacy quoted-printable values (a trailing "=" continues on the next line, as
 * Outlook's 2.1 exports do). Blank lines are dropped. Linear in the length of the text, and lazy,
 * so a reader can stop early without the whole file's lines in memory.
 */
export function* unfoldLines(text: string): Generator<PhysicalRun> {
  let current: OpenRun | null = null;
  let line = 0;
  // Physical lines end in CRLF, LF or CR. The next LF and CR are looked up only once passed, so
  // finding every line break reads the text once.
  let from = text.startsWith("\uFEFF") ? 1 : 0;
  let lf = text.indexOf("\n", from);
  let cr = text.indexOf("\r", from);
  while (from <= text.length) {
    if (lf >= 0 && lf < from) lf = text.indexOf("\n", from);
    if (cr >= 0 && cr < from) cr = text.indexOf("\r", from);
    const end = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
    const raw = text.slice(from, end);
    // CR CR LF (as one phone writes its exports) is one line end, not a line and a blank line:
    // a blank line would end a fold or a quoted-printable value.
    if (end === cr && lf === cr + 1) from = end + 2;
    else if (end === cr && text.charCodeAt(cr + 1) === 13 && lf === cr + 2) from = end + 3;
    else from = end + 1;
    line++;

    if (current?.endsWithSoftBreak()) {
      current.dropSoftBreak();
      current.append(raw);
    } else if (current !== null && (raw.startsWith(" ") || raw.startsWith("\t"))) {
      current.append(raw.slice(1));
    } else {
      if (current !== null) yield current.finish();
      current = raw.trim() === "" ? null : new OpenRun(line, raw);
    }
  }
  if (current !== null) yield current.finish();
}
