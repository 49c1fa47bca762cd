import type { ActionKind } from "../domain/types.js";

// Two 32-bit MurmurHash3-style mixes with different seeds, in one pass → 64 bits, 16 hex digits.
// Pure integer arithmetic: the same input gives the same id on every platform and run, at a
// fraction of the cost of sha256 (ids are computed for every action of every plan). Not a
// security token.
function fmix(h: number, length: number): number {
  let x = h ^ length;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function hash64(text: string): [number, number] {
  let a = 0x9747b28c;
  let b = 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    a ^= k;
    a = (Math.imul((a << 13) | (a >>> 19), 5) + 0xe6546b64) | 0;
    b ^= k;
    b = (Math.imul((b << 13) | (b >>> 19), 5) + 0xe6546b64) | 0;
  }
  return [fmix(a, text.length), fmix(b, text.length)];
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

function hex8(n: number): string {
  return `${HEX[n >>> 24]}${HEX[(n >>> 16) & 255]}${HEX[(n >>> 8) & 255]}${HEX[n & 255]}`;
}

/**
 * A stable id: the same interview, kind, contact and sequence number always give the same id, so
 * re-planning updates the stored action instead of adding a duplicate (idempotent jobs).
 */
export function actionId(
  interviewId: string,
  kind: ActionKind,
  contactId: string | null,
  sequence: number,
): string {
  const key = `${interviewId}\u0000${kind}\u0000${contactId ?? ""}\u0000${sequence}`;
  const [high, low] = hash64(key);
  return `act_${hex8(high)}${hex8(low)}`;
}
