import { useEffect, useId, useRef, useState } from "react";
import type { Finding } from "../../../src/client/api-types.js";
import { MarkedText } from "./marked-text.js";

/**
 * A textarea whose findings are marked in the text (R21, R22) and listed below it, each with its
 * suggestion to apply. The caller re-checks as the user types; stale findings are not drawn.
 */
export function DraftEditor(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  findings: Finding[];
  /** The text the findings were computed for; null when they were computed for another channel or subject. */
  checkedText: string | null;
  /** "Add to my words" on a spelling finding: the word is never a misspelling again. */
  onAddWord?: (word: string) => void;
}) {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const fresh = props.checkedText === props.value;
  const findings = fresh ? props.findings : [];
  const [height, setHeight] = useState<number | null>(null);

  const sync = () => {
    if (backdrop.current && area.current) backdrop.current.scrollTop = area.current.scrollTop;
  };
  // Grow with the text, so the whole message is readable without an inner scrollbar.
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again whenever the text changes.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    const next = Math.max(el.scrollHeight + 4, 160);
    el.style.height = `${next}px`;
    setHeight(next);
  }, [props.value]);

  const apply = (f: Finding) => {
    if (f.suggestion === null) return;
    const next = props.value.slice(0, f.start) + f.suggestion + props.value.slice(f.end);
    props.onChange(next);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(f.start, f.start + (f.suggestion ?? "").length);
    });
  };
  const show = (f: Finding) => {
    area.current?.focus();
    area.current?.setSelectionRange(f.start, f.end);
  };

  return (
    <div>
      <label htmlFor={`${id}-text`}>{props.label}</label>
      <div className="editor" style={height ? { height } : undefined}>
        <div className="backdrop" aria-hidden="true" ref={backdrop}>
          <MarkedText text={props.value} findings={findings} />
        </div>
        <textarea
          id={`${id}-text`}
          ref={area}
          value={props.value}
          spellCheck={false}
          aria-describedby={`${id}-findings`}
          onChange={(e) => props.onChange(e.target.value)}
          onScroll={sync}
        />
      </div>
      <div id={`${id}-findings`} aria-live="polite">
        {!fresh ? (
          <p className="muted">Checking…</p>
        ) : findings.length === 0 ? (
          <p className="ok">No findings: spelling, names and wording look right.</p>
        ) : (
          <>
            <h3>
              {findings.length} finding{findings.length === 1 ? "" : "s"}
            </h3>
            <ul className="findings">
              {findings.map((f) => {
                const span = props.value.slice(f.start, f.end);
                return (
                  <li key={`${f.start}-${f.end}-${f.rule}`} className={f.severity}>
                    <span className={`badge ${f.severity}`}>{f.severity}</span>{" "}
                    {span ? (
                      <button type="button" className="link" onClick={() => show(f)}>
                        “{span.length > 40 ? `${span.slice(0, 37)}…` : span}”
                      </button>
                    ) : null}{" "}
                    {f.message} <span className="rules">({f.rule})</span>
                    {f.suggestion !== null && replaceable(f, span) ? (
                      <button type="button" onClick={() => apply(f)}>
                        Use “{f.suggestion}”
                      </button>
                    ) : f.suggestion ? (
                      <span className="muted"> Suggestion: {f.suggestion}</span>
                    ) : null}
                    {f.rule === "R21-spelling" && props.onAddWord && isOneWord(span) ? (
                      <button type="button" onClick={() => props.onAddWord?.(span)}>
                        Add “{span}” to my words
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/** What "add to my words" can keep: one word, as the speller reads words. */
function isOneWord(span: string): boolean {
  return /^[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*$/u.test(span) && span.length <= 40;
}

/** A suggestion replaces a word or phrase; advice about a whole paragraph is shown, not applied. */
function replaceable(f: Finding, span: string): boolean {
  const suggestion = f.suggestion ?? "";
  return span.length > 0 && span.length <= 60 && !span.includes("\n") && suggestion.length <= 60;
}
