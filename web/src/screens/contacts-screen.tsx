import { api } from "../api.js";
import { ErrorMessage } from "../components/error-message.js";
import { PersonEditor } from "../components/person-editor.js";
import { Link } from "../router.js";
import { useLoad } from "../use-load.js";

/** Everyone met, as on their cards (R1), and the interviews they sat on; each editable in place. */
export default function ContactsScreen({ openId }: { openId: string | null }) {
  const list = useLoad(() => api.listContacts(), "contacts");
  const open = useLoad(
    () => (openId ? api.getContact(openId) : Promise.resolve(null)),
    `contact:${openId ?? ""}`,
  );
  return (
    <section aria-labelledby="ct-title">
      <h1 id="ct-title">Contacts</h1>
      <ErrorMessage error={list.error ?? open.error} />
      {list.data && list.data.length === 0 ? (
        <p>No contacts yet; add them when you capture an interview.</p>
      ) : null}
      <ul className="list">
        {list.data?.map((c) => (
          <li key={c.id} className="card">
            <h2 className="h3">
              <Link href={`/contacts/${encodeURIComponent(c.id)}`} aria-expanded={openId === c.id}>
                {c.name}
              </Link>
            </h2>
            <p className="meta">
              {[c.title, c.organization, c.role, c.email, c.phone].filter(Boolean).join(" · ")}
            </p>
            {openId === c.id && open.data ? (
              <ul>
                {open.data.participations.map((p) => (
                  <li key={p.interviewId}>
                    <Link href={`/interviews/${encodeURIComponent(p.interviewId)}`}>
                      Interview timeline
                    </Link>
                    {p.followUpOn ? ` · follow up on ${p.followUpOn} by ${p.followUpVia}` : ""}
                  </li>
                ))}
                {c.agreedToConnect ? <li>Agreed to connect on LinkedIn</li> : null}
                {c.linkedinUrl ? <li>{c.linkedinUrl}</li> : null}
                {c.postalAddress ? <li className="body">{c.postalAddress}</li> : null}
              </ul>
            ) : null}
            {openId === c.id && open.data ? (
              <PersonEditor
                contact={open.data.contact}
                seats={open.data.participations.map((p, i, all) => ({
                  interviewId: p.interviewId,
                  followUpOn: p.followUpOn,
                  followUpVia: p.followUpVia,
                  ...(all.length > 1 ? { label: `interview ${i + 1}` } : {}),
                }))}
                onSaved={() => {
                  list.reload();
                  open.reload();
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
