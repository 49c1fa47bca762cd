/** A part that is only whitespace is as good as absent. */
function present(part: string): boolean {
  return part.trim() !== "";
}

/**
 * Formats ADR components (post office box; extended; street; locality; region; postal code;
 * country — RFC 6350 §6.3.1, each already unescaped, lists joined) as the lines of an envelope
 * (R8, R10 letters go by post): "street", "locality, region postal", "country". Null when empty.
 */
export function formatPostalAddress(components: readonly string[]): string | null {
  const [poBox = "", extended = "", street = "", locality = "", region = "", postal = ""] =
    components;
  const country = components[6] ?? "";
  const regionPostal = [region, postal].filter(present).join(" ");
  const cityLine = [locality, regionPostal].filter(present).join(", ");
  const lines = [poBox, extended, street, cityLine, country].filter(present);
  return lines.length === 0 ? null : lines.join("\n");
}
