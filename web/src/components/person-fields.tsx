import type { Contact } from "../../../src/client/api-types.js";
import {
  CHANNELS,
  type Channel,
  CONTACT_ROLES,
  type ContactRole,
  type Register,
} from "../../../src/core/domain/types.js";

/** Every field a card has (R1), with what the person agreed to (R5), as a form edits them. */
export interface PersonDraft {
  name: string;
  title: string;
  organization: string;
  honorific: string;
  register: Register | "";
  email: string;
  phone: string;
  postalAddress: string;
  linkedinUrl: string;
  role: ContactRole;
  preferredChannel: Channel | "";
  agreedToConnect: boolean;
}

export const EMPTY_PERSON: PersonDraft = {
  name: "",
  title: "",
  organization: "",
  honorific: "",
  register: "",
  email: "",
  phone: "",
  postalAddress: "",
  linkedinUrl: "",
  role: "interviewer",
  preferredChannel: "",
  agreedToConnect: false,
};

export function draftOf(c: Contact): PersonDraft {
  return {
    name: c.name,
    title: c.title ?? "",
    organization: c.organization ?? "",
    honorific: c.honorific ?? "",
    register: c.register ?? "",
    email: c.email ?? "",
    phone: c.phone ?? "",
    postalAddress: c.postalAddress ?? "",
    linkedinUrl: c.linkedinUrl ?? "",
    role: c.role,
    preferredChannel: c.preferredChannel ?? "",
    agreedToConnect: c.agreedToConnect,
  };
}

/** The draft as the API takes it: an empty field is "none". */
export function bodyOf(d: PersonDraft) {
  return {
    name: d.name,
    title: d.title || null,
    organization: d.organization || null,
    honorific: d.honorific || null,
    register: d.register || null,
    email: d.email || null,
    phone: d.phone || null,
    postalAddress: d.postalAddress || null,
    linkedinUrl: d.linkedinUrl || null,
    role: d.role,
    preferredChannel: d.preferredChannel || null,
    agreedToConnect: d.agreedToConnect,
  };
}

/** The inputs of a person, labelled as error messages name them ("Phone", "LinkedIn URL"). */
export function PersonFields(props: {
  id: string;
  person: PersonDraft;
  onChange: (next: PersonDraft) => void;
}) {
  const { id, person } = props;
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) =>
    props.onChange({ ...person, [key]: value });
  return (
    <>
      <div className="grid">
        <label htmlFor={`${id}-name`}>Name, exactly as on the card</label>
        <input
          id={`${id}-name`}
          value={person.name}
          required
          autoComplete="off"
          onChange={(e) => set("name", e.target.value)}
        />
        <label htmlFor={`${id}-title-input`}>Title</label>
        <input
          id={`${id}-title-input`}
          value={person.title}
          onChange={(e) => set("title", e.target.value)}
        />
        <label htmlFor={`${id}-organization`}>Organization</label>
        <input
          id={`${id}-organization`}
          value={person.organization}
          autoComplete="off"
          onChange={(e) => set("organization", e.target.value)}
        />
        <label htmlFor={`${id}-honorific`}>Honorific (Ms, Dr, Mx…)</label>
        <input
          id={`${id}-honorific`}
          value={person.honorific}
          autoComplete="off"
          onChange={(e) => set("honorific", e.target.value)}
        />
        <label htmlFor={`${id}-register`}>Greeting</label>
        <select
          id={`${id}-register`}
          value={person.register}
          onChange={(e) => set("register", e.target.value as Register | "")}
        >
          <option value="">As usual in their country</option>
          <option value="first-name">First name (Dear Dana,)</option>
          <option value="formal">Formal (Dear Ms Whitfield,)</option>
        </select>
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          type="email"
          inputMode="email"
          autoComplete="off"
          value={person.email}
          onChange={(e) => set("email", e.target.value)}
        />
        <label htmlFor={`${id}-phone`}>Phone</label>
        <input
          id={`${id}-phone`}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={person.phone}
          onChange={(e) => set("phone", e.target.value)}
        />
        <label htmlFor={`${id}-address`}>Postal address</label>
        <textarea
          id={`${id}-address`}
          rows={3}
          value={person.postalAddress}
          onChange={(e) => set("postalAddress", e.target.value)}
        />
        <label htmlFor={`${id}-linkedin`}>LinkedIn URL</label>
        <input
          id={`${id}-linkedin`}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://www.linkedin.com/in/…"
          value={person.linkedinUrl}
          onChange={(e) => set("linkedinUrl", e.target.value)}
        />
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={person.role}
          onChange={(e) => set("role", e.target.value as ContactRole)}
        >
          {CONTACT_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-prefers`}>Preferred channel</label>
        <ChannelSelect
          id={`${id}-prefers`}
          value={person.preferredChannel}
          none="(none said)"
          onChange={(v) => set("preferredChannel", v)}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={person.agreedToConnect}
          onChange={(e) => set("agreedToConnect", e.target.checked)}
        />
        Agreed to connect on LinkedIn
      </label>
    </>
  );
}

export function ChannelSelect(props: {
  id: string;
  value: Channel | "";
  none: string;
  onChange: (value: Channel | "") => void;
}) {
  return (
    <select
      id={props.id}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as Channel | "")}
    >
      <option value="">{props.none}</option>
      {CHANNELS.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </select>
  );
}

/** The follow-up agreed at one interview (R4): a date, and how. */
export function CommitmentFields(props: {
  id: string;
  on: string;
  via: Channel | "";
  onChange: (on: string, via: Channel | "") => void;
  /** Which interview, where a person sat on several. */
  at?: string;
}) {
  const at = props.at ? ` (${props.at})` : "";
  return (
    <div className="grid">
      <label htmlFor={`${props.id}-on`}>Agreed follow-up date{at}</label>
      <input
        id={`${props.id}-on`}
        type="date"
        value={props.on}
        onChange={(e) => props.onChange(e.target.value, props.via)}
      />
      <label htmlFor={`${props.id}-via`}>Agreed follow-up channel{at}</label>
      <ChannelSelect
        id={`${props.id}-via`}
        value={props.via}
        none="(their preferred, or email)"
        onChange={(v) => props.onChange(props.on, v)}
      />
    </div>
  );
}
