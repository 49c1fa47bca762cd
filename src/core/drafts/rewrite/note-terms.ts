import nlp from "compromise";

/** One word of a note as compromise reads it: its text, the spacing around it, its tags. */
export interface NoteTerm {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** The word a contraction stands for ("'s" → "is"), when compromise split one. */
  implicit: string | null;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  implicit?: string;
}

/**
 * A note's sentences, each as its terms (compromise: part of speech, person, number). Read from
 * the tagged document's terms directly: `.json()` would build every view and triple the cost.
 */
export function readNoteSentences(text: string): NoteTerm[][] {
  const sentences = (nlp(text) as unknown as { docs: CompromiseTerm[][] }).docs;
  return sentences.map((sentence) =>
    sentence.map((term) => ({
      text: term.text,
      pre: term.pre,
      post: term.post,
      tags: new Set(term.tags),
      implicit: term.implicit ?? null,
    })),
  );
}

/** The terms written back as text, without the sentence's closing punctuation. */
export function termsText(terms: readonly NoteTerm[]): string {
  return terms
    .map((term, index) => `${index === 0 ? "" : term.pre}${term.text}${term.post}`)
    .join("")
    .replace(/[\s.;:!?,]+$/, "")
    .trim();
}
