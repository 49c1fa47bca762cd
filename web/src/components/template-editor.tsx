import { useId, useState } from "react";
import type { Template } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { ErrorMessage } from "./error-message.js";

/** One template: the user's own words for a kind of message, or the built-in text. */
export function TemplateEditor({ template }: { template: Template }) {
  const id = useId();
  const [text, setText] = useState(template.text);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState("");
  const run = async (work: () => Promise<Template>, message: string) => {
    setError(null);
    setSaved("");
    try {
      setText((await work()).text);
      setSaved(message);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <details className="card">
      <summary>
        {template.id} {template.edited ? <span className="badge">edited</span> : null}
      </summary>
      <label htmlFor={`${id}-t`}>Text of {template.id}</label>
      <textarea id={`${id}-t`} rows={12} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="buttons">
        <button
          type="button"
          onClick={() =>
            void run(() => api.saveTemplate(template.id, text), `Template ${template.id} saved.`)
          }
        >
          Save template
        </button>
        <button
          type="button"
          onClick={() =>
            void run(() => api.resetTemplate(template.id), `Template ${template.id} reset.`)
          }
        >
          Back to built-in
        </button>
      </div>
      <p className="status" role="status" aria-live="polite">
        {saved}
      </p>
      <ErrorMessage error={error} />
    </details>
  );
}
