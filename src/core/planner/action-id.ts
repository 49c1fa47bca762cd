import { ACTION_KINDS, type ActionKind } from "../domain/types.js";

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

function computeActionId(
  interviewId: string,
  kind: ActionKind,
  contactId: string | null,
  sequence: number,
): string {
  const key = `${interviewId}\u0000${kind}\u0000${contactId ?? ""}\u0000${sequence}`;
  const [high, low] = hash64(key);
  return `act_${hex8(high)}${hex8(low)}`;
}

// Memo: interview id → contact id ("" for none, as in the hashed key) → id per kind and small
// sequence number. Re-planning asks for the same ids over and over (every interview of a company,
// until nothing moves); a look-up is a fraction of hashing and formatting. A pure function of its
// keys, emptied when it grows past MEMO_LIMIT interviews.
const KIND_INDEX: Readonly<Record<string, number | undefined>> = Object.fromEntries(
  ACTION_KINDS.map((kind, index) => [kind, index]),
);
const MEMO_SEQUENCES = 8;
const MEMO_LIMIT = 50_000;
const memo = new Map<string, ActionIds>();

/** The action ids of one interview, memoised; a plan looks its interview up once. */
export class ActionIds {
  /** Contact id → ids by slot (sequence × kinds + kind): a short array, mostly of sequence 0. */
  readonly #byContact = new Map<string, (string | undefined)[]>();

  constructor(readonly interviewId: string) {}

  of(kind: ActionKind, contactId: string | null, sequence: number): string {
    const kindIndex = Object.hasOwn(KIND_INDEX, kind) ? KIND_INDEX[kind] : undefined;
    if (
      kindIndex === undefined ||
      !Number.isInteger(sequence) ||
      sequence < 0 ||
      sequence >= MEMO_SEQUENCES
    ) {
      return computeActionId(this.interviewId, kind, contactId, sequence);
    }
    const contactKey = contactId ?? "";
    let ids = this.#byContact.get(contactKey);
    if (ids === undefined) {
      ids = [];
      this.#byContact.set(contactKey, ids);
    }
    const slot = sequence * ACTION_KINDS.length + kindIndex;
    let id = ids[slot];
    if (id === undefined) {
      id = computeActionId(this.interviewId, kind, contactId, sequence);
      ids[slot] = id;
    }
    return id;
  }
}

export function actionIdsOf(interviewId: string): ActionIds {
  let ids = memo.get(interviewId);
  if (ids === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    ids = new ActionIds(interviewId);
    memo.set(interviewId, ids);
  }
  return ids;
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
  return actionIdsOf(interviewId).of(kind, contactId, sequence);
}
