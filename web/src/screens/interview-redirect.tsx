import { useEffect } from "react";
import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { navigate } from "../router.js";
import { useLoad } from "../use-load.js";

/** /interviews/<id> (a search hit, a link) opens the timeline of the interview's application. */
export default function InterviewRedirect({ id }: { id: string }) {
  const detail = useLoad(() => api.getInterview(id), `interview:${id}`);
  const target = detail.data?.application.id;
  useEffect(() => {
    if (target) navigate(`/applications/${encodeURIComponent(target)}`, { replace: true });
  }, [target]);
  return detail.error ? <ErrorMessage error={detail.error} /> : <p aria-busy="true">Opening…</p>;
}
