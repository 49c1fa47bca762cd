import { z } from "zod";

const WORD = /^[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*$/u;

/** One word as the speller reads words: letters, with inner apostrophes, hyphens or dots. */
export const userWordInput = z.object({
  word: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(WORD, {
      message:
        "one word of letters or digits (inner ' - . allowed), without spaces: add each word on its own",
    })
    // The OpenAPI pattern is the source alone (JSON Schema compiles it in Unicode mode), not "…$/u".
    .meta({ pattern: WORD.source }),
});
