/**
 * JSON to put inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes, so no
 * text in it can close the script (`</script>`), open a comment (`<!--`) or be read as HTML, and
 * U+2028/U+2029 are escaped too so the text stays valid JavaScript source wherever it lands.
 * JSON.parse gives back the same value.
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? "null").replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The page with a data script of `id` placed just before `</body>` (or at its end). */
export function withDataScript(html: string, id: string, value: unknown): string {
  const script = `<script type="application/json" id="${id}">${jsonForScript(value)}</script>`;
  // Sliced, not String.replace: a `$&` in the user's text must stay as it is.
  const at = html.lastIndexOf("</body>");
  return at < 0 ? html + script : html.slice(0, at) + script + html.slice(at);
}
