import { useId, useState } from "react";
import type { ActionDraft } from "../../../src/client/api-types.js";
import { api } from "../api.js";
import { formatDate } from "../format.js";
import { ErrorMessage } from "./error-message.js";

/**
 * A check-in may mention a news item of the company that the user picks (R20): its title and
 * link, in one modest sentence. The draft comes back written with it; text the user edited stands
 * as they wrote it, and "Back to the suggested text" brings the mention in.
 */
export function NewsPick(props: {
  data: ActionDraft;
  edited: boolean;
  replace: (next: ActionDraft) => void;
}) {
  const { data } = props;
  const id = useId();
  const [picked, setPicked] = useState(data.news.pickedId ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState("");
  if (data.news.choices.length === 0) return null;
  const pick = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await api.pickDraftNews(data.action.id, value === "" ? null : value);
      setPicked(next.news.pickedId ?? "");
      if (props.edited)
        setStatus(
          "Kept. Your own text stands as you wrote it; “Back to the suggested text” brings the mention in.",
        );
      else props.replace(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="news-pick">
      <label htmlFor={`${id}-news`}>Mention {data.companyName}'s news</label>
      <select
        id={`${id}-news`}
        value={picked}
        disabled={busy}
        onChange={(e) => void pick(e.target.value)}
      >
        <option value="">No news item</option>
        {data.news.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
            {c.publishedAt ? ` (${formatDate(c.publishedAt)})` : ""}
          </option>
        ))}
      </select>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <ErrorMessage error={error} />
    </div>
  );
}
