import { hash } from "node:crypto";
const memo = new Map();
const MEMO_LIMIT = 100_000;
/**
 * A stable id: the same interview, kind, contact and sequence number always give the same id, so
 * re-planning updates the stored action instead of adding a duplicate (idempotent jobs).
 */
export function actionId(interviewId, kind, contactId, sequence) {
    const key = `${interviewId}\u0000${kind}\u0000${contactId ?? ""}\u0000${sequence}`;
    let id = memo.get(key);
    if (id === undefined) {
        id = `act_${hash("sha256", key, "hex").slice(0, 16)}`;
        if (memo.size >= MEMO_LIMIT)
            memo.clear();
        memo.set(key, id);
    }
    return id;
}
