import { z } from "zod";

/** One word as the speller reads words: letters, with inner apostrophes, hyphens or dots. */
export const userWordInput = z.object({
  word: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*$/u, {
      message:
        "one word of letters or digits (inner ' - . allowed), without spaces: add each word on its own",
    }),
});
