/** A number flag as typed; what is not a whole number is passed on for the use case to refuse. */
export function toInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : (value as unknown as number);
}
