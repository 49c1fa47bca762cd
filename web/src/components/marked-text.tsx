import type { ReactNode } from "react";
import type { Finding } from "../../../src/client/api-types.js";

/**
 * Marks that do not overlap: errors before warnings, narrow spans before wide ones, so a
 * misspelt word stays visible inside a paragraph-wide warning.
 */
export function visibleMarks(findings: Finding[], length: number): Finding[] {
  const chosen: Finding[] = [];
  const ranked = findings
    .filter((f) => f.end > f.start && f.end <= length)
    .sort(
      (a, b) =>
        (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1) ||
        a.end - a.start - (b.end - b.start),
    );
  for (const f of ranked)
    if (!chosen.some((c) => f.start < c.end && c.start < f.end)) chosen.push(f);
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * The text with each finding's span wrapped in <mark>, as React text nodes (never HTML). Drawn
 * behind the textarea, so the marks sit under the words as the user types.
 */
export function MarkedText({ text, findings }: { text: string; findings: Finding[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const f of visibleMarks(findings, text.length)) {
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.start}-${f.rule}`} className={f.severity}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  // A trailing newline keeps the backdrop as tall as the textarea's last empty line.
  parts.push("\n");
  return <>{parts}</>;
}
