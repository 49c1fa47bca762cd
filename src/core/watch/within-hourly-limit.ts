/**
 * The due reads that fit each account's hourly allowance, in the order given: an account that
 * has had `recent.get(account)` reads this past hour gets at most `perHour` less that many more.
 * Pure; one account's many sources never hold up another's.
 */
export function withinHourlyLimit<T extends { accountId: string }>(
  due: readonly T[],
  recent: ReadonlyMap<string, number>,
  perHour: number,
): T[] {
  const used = new Map(recent);
  const picked: T[] = [];
  for (const item of due) {
    const count = used.get(item.accountId) ?? 0;
    if (count >= perHour) continue;
    used.set(item.accountId, count + 1);
    picked.push(item);
  }
  return picked;
}
