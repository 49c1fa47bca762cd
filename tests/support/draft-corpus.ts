import type { NoteKind } from "../../src/core/domain/types.js";
import type { AddContactInput } from "../../src/use-cases/contacts/add-contact.js";
import type { AddInterviewInput } from "../../src/use-cases/interviews/add-interview.js";
import type { RecordEventInput } from "../../src/use-cases/planning/record-event.js";
import type { SetProfileInput } from "../../src/use-cases/profile/set-profile.js";

// Interviews captured the way people capture them in the car park (issue 11): notes about the
// interviewer in the third person, fragments, shorthand, lower case, the odd typo; people in
// several countries, cards with accents. Test data only, written for this project.

type Distribute<T> = T extends unknown ? Omit<T, "interviewId" | "contactId" | "at"> : never;

export interface CorpusInterview {
  id: string;
  /** The day the user opens the drafts (the clock is set to it, local noon in UTC). */
  draftsOn: string;
  profile: SetProfileInput;
  interview: AddInterviewInput;
  /** Each person as on their card; `key` names them in notes and events. */
  people: (Omit<AddContactInput, "interviewId"> & { key: string })[];
  notes: { about: string | null; kind: NoteKind; text: string }[];
  /** What happened after the interview, in order, each on its day. */
  events?: (Distribute<RecordEventInput> & { from?: string; on: string })[];
}

const US = {
  timeZone: "America/Chicago",
  country: "US",
  sendCard: true,
  linkedIn: true,
  summaryLetter: false,
};

export const CORPUS: CorpusInterview[] = [
  {
    id: "us-data-engineer",
    draftsOn: "2026-11-20",
    profile: {
      ...US,
      name: "Ana Ruiz",
      email: "ana.ruiz@example.com",
      phone: "+1 312 555 0101",
      strengths: ["data pipeline design"],
    },
    interview: {
      company: "Acme Analytics",
      role: "Data Engineer",
      at: "2026-11-19T10:00",
      timeline: "within two weeks",
      nextStep: "a take-home exercise",
    },
    people: [
      {
        key: "dana",
        name: "Dana Whitfield",
        title: "Director of Data",
        email: "dana.whitfield@acme.example",
        role: "hiring-manager",
        agreedToConnect: true,
      },
      { key: "raj", name: "Raj Patel", email: "raj.patel@acme.example" },
    ],
    notes: [
      { about: "dana", kind: "highlight", text: "Her team moved to dbt last spring" },
      { about: "dana", kind: "qualification", text: "asked abt my airflow exp" },
      {
        about: "raj",
        kind: "highlight",
        text: "he built the cost dashboard for warehouse queries",
      },
      {
        about: "raj",
        kind: "personal-interest",
        text: "runs marathons, doing Chicago again next yr",
      },
    ],
  },
  {
    id: "uk-product-manager",
    draftsOn: "2026-11-18",
    profile: {
      name: "Oliver Bennett",
      email: "oliver.bennett@example.co.uk",
      timeZone: "Europe/London",
      country: "GB",
      sendCard: false,
      linkedIn: true,
      summaryLetter: true,
      postalAddress: "22 Albion Road\nLondon N16 9PS",
      strengths: ["product discovery", "stakeholder management"],
    },
    interview: {
      company: "Harrow & Finch",
      role: "Product Manager",
      at: "2026-11-17T14:30",
      timeZone: "Europe/London",
      format: "video",
      timeline: "end of next week",
    },
    people: [
      {
        key: "siobhan",
        name: "Siobhán Kelly",
        title: "Head of Product",
        email: "siobhan.kelly@harrowfinch.example",
        // On her card: a summary letter needs the address block (R10).
        postalAddress: "1 Finch Yard\nLondon EC2A 4BX",
        role: "hiring-manager",
        agreedToConnect: true,
      },
      {
        key: "tom",
        name: "Tom Ashworth",
        title: "Talent Partner",
        email: "tom.ashworth@harrowfinch.example",
        role: "recruiter",
      },
    ],
    notes: [
      {
        about: "siobhan",
        kind: "highlight",
        text: "she wants the roadmap to be driven by customer interviews, not sales asks",
      },
      { about: "siobhan", kind: "qualification", text: "asked how I prioritise with no data" },
      {
        about: "siobhan",
        kind: "clarify",
        text: "I said 3 yrs at Monzo but it was 2.5, should correct",
      },
      { about: null, kind: "question", text: "how the PM team splits ownership of the app" },
    ],
  },
  {
    id: "de-backend",
    draftsOn: "2026-11-20",
    profile: {
      name: "Jonas Weber",
      email: "jonas.weber@example.de",
      timeZone: "Europe/Berlin",
      country: "DE",
      region: "BE",
      sendCard: false,
      linkedIn: true,
      strengths: ["distributed systems"],
    },
    interview: {
      company: "Lindqvist Logistik GmbH",
      role: "Senior Backend Engineer",
      at: "2026-11-19T11:00",
      timeZone: "Europe/Berlin",
      timeline: "by Friday 4 December",
      location: "Berlin office",
    },
    people: [
      {
        key: "soeren",
        name: "Sören Lindqvist",
        title: "CTO",
        email: "soeren@lindqvist.example",
        role: "hiring-manager",
        honorific: "Mr",
        register: "formal",
      },
      { key: "mira", name: "Mira Hoffmann", email: "mira.hoffmann@lindqvist.example" },
    ],
    notes: [
      {
        about: "soeren",
        kind: "highlight",
        text: "they are rewriting the routing engine in Go, he is very hands on",
      },
      { about: "soeren", kind: "qualification", text: "wanted to know about my Kafka experience" },
      { about: "mira", kind: "highlight", text: "Mira leads the on-call rotation" },
      { about: "mira", kind: "qualification", text: "asked how I debug prod incidents" },
    ],
  },
  {
    id: "fr-designer",
    draftsOn: "2026-11-19",
    profile: {
      name: "Camille Durand",
      email: "camille.durand@example.fr",
      timeZone: "Europe/Paris",
      country: "FR",
      sendCard: false,
      linkedIn: true,
      strengths: ["design systems"],
    },
    interview: {
      company: "Atelier Numérique",
      role: "Product Designer",
      at: "2026-11-18T15:00",
      timeZone: "Europe/Paris",
      format: "video",
      timeline: "next week",
    },
    people: [
      {
        key: "francois",
        name: "François Lefèvre",
        title: "Design Director",
        email: "francois.lefevre@atelier.example",
        role: "hiring-manager",
        agreedToConnect: true,
      },
    ],
    notes: [
      {
        about: "francois",
        kind: "highlight",
        text: "design system in Figma is 2 yrs old, they want to rebuild it w/ tokens",
      },
      {
        about: "francois",
        kind: "personal-interest",
        text: "loves typography, mentioned Garamond",
      },
      { about: "francois", kind: "qualification", text: "asked abt accessibility audits" },
    ],
  },
  {
    id: "ca-nurse-manager",
    draftsOn: "2026-11-20",
    profile: {
      name: "Priya Sharma",
      email: "priya.sharma@example.ca",
      phone: "+1 416 555 0199",
      timeZone: "America/Toronto",
      country: "CA",
      region: "ON",
      sendCard: true,
      linkedIn: false,
      summaryLetter: true,
      postalAddress: "9 Elm Avenue\nToronto, ON M4W 1N1",
      strengths: ["patient safety", "staff scheduling"],
    },
    interview: {
      company: "Lakeshore Health",
      role: "Nurse Manager",
      at: "2026-11-19T09:00",
      timeZone: "America/Toronto",
      timeline: "two to three weeks",
      location: "Lakeshore General, 3rd floor",
    },
    people: [
      {
        key: "helen",
        name: "Helen MacDonald",
        title: "Director of Nursing",
        email: "helen.macdonald@lakeshore.example",
        postalAddress: "120 Lakeshore Road\nToronto, ON M5V 1A1",
        role: "hiring-manager",
      },
      {
        key: "marcus",
        name: "Marcus Chen",
        title: "HR Advisor",
        email: "marcus.chen@lakeshore.example",
        role: "recruiter",
      },
    ],
    notes: [
      {
        about: "helen",
        kind: "highlight",
        text: "her unit cut falls by 30% after moving to hourly rounding",
      },
      {
        about: "helen",
        kind: "qualification",
        text: "asked how I handle short staffing on nights",
      },
      { about: "marcus", kind: "highlight", text: "benefits start day one" },
    ],
  },
  {
    id: "au-sales",
    draftsOn: "2026-11-20",
    profile: {
      name: "Liam O'Brien",
      email: "liam.obrien@example.com.au",
      timeZone: "Australia/Sydney",
      country: "AU",
      region: "NSW",
      sendCard: false,
      linkedIn: true,
      strengths: ["enterprise sales"],
    },
    interview: {
      company: "Coastline Software",
      role: "Account Executive",
      at: "2026-11-19T13:00",
      timeZone: "Australia/Sydney",
      timeline: "before Christmas",
    },
    people: [
      {
        key: "kate",
        name: "Kate Nguyen",
        title: "Sales Director",
        email: "kate.nguyen@coastline.example",
        role: "hiring-manager",
        agreedToConnect: true,
      },
    ],
    notes: [
      { about: "kate", kind: "highlight", text: "team hit 140% of quota last qtr" },
      { about: "kate", kind: "qualification", text: "asked about my biggest deal" },
      { about: "kate", kind: "personal-interest", text: "she surfs at Bondi most mornings" },
    ],
  },
  {
    id: "in-ml-engineer",
    draftsOn: "2026-11-20",
    profile: {
      name: "Arjun Mehta",
      email: "arjun.mehta@example.in",
      timeZone: "Asia/Kolkata",
      country: "IN",
      sendCard: false,
      linkedIn: true,
      strengths: ["machine learning", "model deployment"],
    },
    interview: {
      company: "Vistara Labs",
      role: "Machine Learning Engineer",
      at: "2026-11-19T16:00",
      timeZone: "Asia/Kolkata",
      format: "video",
      timeline: "in 10 days",
    },
    people: [
      {
        key: "neha",
        name: "Neha Kapoor",
        title: "Engineering Manager",
        email: "neha.kapoor@vistara.example",
        role: "hiring-manager",
      },
      { key: "vikram", name: "Vikram Rao", email: "vikram.rao@vistara.example" },
    ],
    notes: [
      {
        about: "neha",
        kind: "highlight",
        text: "they serve 40M predictions a day, moving to GPUs next year",
      },
      { about: "neha", kind: "clarify", text: "my notice period is 30 days, not 60" },
      { about: "vikram", kind: "qualification", text: "he asked how I monitor model drift" },
    ],
  },
  {
    id: "nl-teacher",
    draftsOn: "2026-11-20",
    profile: {
      name: "Sanne de Vries",
      email: "sanne.devries@example.nl",
      timeZone: "Europe/Amsterdam",
      country: "NL",
      sendCard: true,
      linkedIn: false,
      strengths: ["bilingual teaching"],
    },
    interview: {
      company: "International School Utrecht",
      role: "Primary Teacher",
      at: "2026-11-19T10:30",
      timeZone: "Europe/Amsterdam",
      timeline: "by the end of the month",
    },
    people: [
      {
        key: "pieter",
        name: "Pieter van Dijk",
        title: "Head of Primary",
        email: "p.vandijk@isu.example",
        postalAddress: "Kanaalweg 12\n3526 KL Utrecht",
        role: "hiring-manager",
      },
    ],
    notes: [
      {
        about: "pieter",
        kind: "highlight",
        text: "school is starting a reading programme for year 3 in Jan",
      },
      { about: "pieter", kind: "qualification", text: "asked how I support kids new to English" },
    ],
  },
  {
    id: "ie-support",
    draftsOn: "2026-11-25",
    profile: {
      name: "Aoife Byrne",
      email: "aoife.byrne@example.ie",
      timeZone: "Europe/Dublin",
      country: "IE",
      sendCard: false,
      linkedIn: true,
      strengths: ["customer support"],
    },
    interview: {
      company: "Greenway Payments",
      role: "Support Team Lead",
      at: "2026-11-18T11:00",
      timeZone: "Europe/Dublin",
      format: "video",
      timeline: "a couple of weeks",
    },
    people: [
      {
        key: "conor",
        name: "Conor Walsh",
        title: "Head of Support",
        email: "conor.walsh@greenway.example",
        role: "hiring-manager",
        agreedToConnect: true,
      },
      {
        key: "ines",
        name: "Inés García",
        title: "Recruiter",
        email: "ines.garcia@greenway.example",
        role: "recruiter",
      },
    ],
    notes: [
      { about: "conor", kind: "highlight", text: "wants to cut first response time under 1 hr" },
      { about: "conor", kind: "qualification", text: "asked abt managing a remote team" },
    ],
    events: [
      {
        kind: "reply",
        from: "ines",
        on: "2026-11-24T10:00",
        note: "still interviewing",
        timeline: "by the 4th",
      },
    ],
  },
  {
    id: "se-devops",
    draftsOn: "2026-11-20",
    profile: {
      name: "Erik Johansson",
      email: "erik.johansson@example.se",
      timeZone: "Europe/Stockholm",
      country: "SE",
      sendCard: false,
      linkedIn: true,
      strengths: ["cloud infrastructure"],
    },
    interview: {
      company: "Nordlys AB",
      role: "DevOps Engineer",
      at: "2026-11-19T09:30",
      timeZone: "Europe/Stockholm",
      format: "video",
      timeline: "in about a week",
    },
    people: [
      {
        key: "astrid",
        name: "Astrid Nilsson",
        title: "Platform Lead",
        email: "astrid.nilsson@nordlys.example",
        role: "hiring-manager",
      },
    ],
    notes: [
      { about: "astrid", kind: "highlight", text: "migrating from Jenkins to GitHub Actions" },
      { about: "astrid", kind: "qualification", text: "asked about Terraform at scale" },
      { about: "astrid", kind: "personal-interest", text: "she's into cross-country skiing" },
    ],
  },
  {
    id: "es-marketing",
    draftsOn: "2026-11-30",
    profile: {
      name: "Lucía Fernández",
      email: "lucia.fernandez@example.es",
      timeZone: "Europe/Madrid",
      country: "ES",
      sendCard: false,
      linkedIn: true,
      strengths: ["content strategy"],
    },
    interview: {
      company: "Solana Viajes",
      role: "Marketing Manager",
      at: "2026-11-19T12:00",
      timeZone: "Europe/Madrid",
      timeline: "two weeks",
    },
    people: [
      {
        key: "jose",
        name: "José Núñez",
        title: "CMO",
        email: "jose.nunez@solana.example",
        role: "hiring-manager",
        honorific: "Mr",
        register: "formal",
      },
    ],
    notes: [
      {
        about: "jose",
        kind: "highlight",
        text: "they want to grow the newsletter from 50k to 200k subscribers",
      },
      { about: "jose", kind: "qualification", text: "asked for examples of campaigns I ran" },
    ],
    events: [{ kind: "decision", outcome: "rejected", from: "jose", on: "2026-11-27T12:00" }],
  },
  {
    id: "us-accountant-rejected",
    draftsOn: "2026-11-25",
    profile: {
      ...US,
      name: "Marcus Johnson",
      email: "marcus.johnson@example.com",
      timeZone: "America/New_York",
      strengths: ["financial reporting"],
    },
    interview: {
      company: "Brightline Partners",
      role: "Senior Accountant",
      at: "2026-11-16T10:00",
      timeZone: "America/New_York",
      timeline: "end of the week",
    },
    people: [
      {
        key: "linda",
        name: "Linda Park",
        title: "Controller",
        email: "linda.park@brightline.example",
        role: "hiring-manager",
      },
    ],
    notes: [
      { about: "linda", kind: "highlight", text: "closing the books in 5 days instead of 10" },
      { about: "linda", kind: "qualification", text: "asked about my experience with NetSuite" },
    ],
    events: [
      {
        kind: "decision",
        outcome: "rejected",
        from: "linda",
        on: "2026-11-23T15:00",
        note: "went with an internal candidate",
      },
    ],
  },
  {
    id: "us-offer",
    draftsOn: "2026-11-30",
    profile: {
      ...US,
      name: "Grace Kim",
      email: "grace.kim@example.com",
      timeZone: "America/Los_Angeles",
      strengths: ["user research"],
    },
    interview: {
      company: "Pinecrest Games",
      role: "UX Researcher",
      at: "2026-11-17T13:00",
      timeZone: "America/Los_Angeles",
      timeline: "by Thanksgiving",
    },
    people: [
      {
        key: "sam",
        name: "Sam Rivera",
        title: "Research Lead",
        email: "sam.rivera@pinecrest.example",
        role: "hiring-manager",
        postalAddress: "88 Market Street\nSan Francisco, CA 94105",
      },
    ],
    notes: [
      { about: "sam", kind: "highlight", text: "they run playtests every Friday with 12 players" },
      { about: "sam", kind: "personal-interest", text: "collects old arcade machines" },
    ],
    events: [{ kind: "decision", outcome: "hired", from: "sam", on: "2026-11-25T11:00" }],
  },
  {
    id: "us-no-reply",
    draftsOn: "2026-12-16",
    profile: {
      ...US,
      name: "Daniel Okafor",
      email: "daniel.okafor@example.com",
      timeZone: "America/Denver",
      strengths: ["supply chain analytics"],
    },
    interview: {
      company: "Summit Freight",
      role: "Operations Analyst",
      at: "2026-11-16T09:00",
      timeZone: "America/Denver",
      timeline: "a week or so",
    },
    people: [
      {
        key: "rachel",
        name: "Rachel Stone",
        title: "Operations Manager",
        email: "rachel.stone@summit.example",
        role: "hiring-manager",
      },
    ],
    notes: [
      { about: "rachel", kind: "highlight", text: "on-time delivery went from 82% to 91% this yr" },
      { about: "rachel", kind: "qualification", text: "wanted someone strong in SQL + Tableau" },
    ],
  },
  {
    id: "uk-recruiter-only",
    draftsOn: "2026-11-20",
    profile: {
      name: "Hannah Lewis",
      email: "hannah.lewis@example.co.uk",
      timeZone: "Europe/London",
      country: "GB",
      sendCard: false,
      linkedIn: true,
      strengths: ["payroll"],
    },
    interview: {
      company: "Thames Valley Council",
      role: "Payroll Officer",
      at: "2026-11-19T10:00",
      timeZone: "Europe/London",
      format: "phone",
      timeline: "they'll be in touch",
    },
    people: [
      {
        key: "gareth",
        name: "Gareth Hughes",
        title: "Recruitment Officer",
        email: "gareth.hughes@thamesvalley.example",
        role: "recruiter",
      },
    ],
    notes: [
      { about: "gareth", kind: "highlight", text: "role is hybrid, 2 days in Reading" },
      { about: null, kind: "question", text: "when the second interview would be" },
    ],
  },
  {
    id: "us-three-panel",
    draftsOn: "2026-11-20",
    profile: {
      ...US,
      name: "Zoë Ångström",
      email: "zoe@example.org",
      timeZone: "America/Los_Angeles",
      strengths: ["mentoring junior engineers"],
    },
    interview: {
      company: "Northwind Analytics",
      role: "Staff Engineer",
      at: "2026-11-19T10:00",
      timeZone: "America/Los_Angeles",
      timeline: "end of next week",
    },
    people: [
      {
        key: "maya",
        name: "Maya Cohen",
        title: "VP Engineering",
        email: "maya.cohen@northwind.example",
        role: "hiring-manager",
        agreedToConnect: true,
      },
      { key: "ben", name: "Ben Carter", email: "ben.carter@northwind.example" },
      { key: "luis", name: "Luis Ortega", email: "luis.ortega@northwind.example" },
    ],
    notes: [
      { about: "maya", kind: "highlight", text: "she wants staff engs to write more design docs" },
      { about: "ben", kind: "highlight", text: "Ben's team owns the billing service" },
      { about: "ben", kind: "qualification", text: "asked how I'd split a monolith" },
      { about: "luis", kind: "personal-interest", text: "plays in a jazz band on weekends" },
      { about: "luis", kind: "highlight", text: "his team is hiring two more SREs" },
    ],
  },
  {
    id: "us-teacher-lowercase",
    draftsOn: "2026-11-20",
    profile: {
      ...US,
      name: "Emily Carter",
      email: "emily.carter@example.com",
      strengths: ["classroom management"],
    },
    interview: {
      company: "Maplewood School District",
      role: "Math Teacher",
      at: "2026-11-19T15:30",
      timeline: "next wk",
    },
    people: [
      {
        key: "gomez",
        name: "Maria Gomez",
        title: "Principal",
        email: "mgomez@maplewood.example",
        role: "hiring-manager",
        honorific: "Dr",
        register: "formal",
      },
    ],
    notes: [
      { about: "gomez", kind: "highlight", text: "new block schedule starting in the fall" },
      { about: "gomez", kind: "qualification", text: "asked how i use data to group students" },
    ],
  },
  {
    id: "ca-finance-call",
    draftsOn: "2026-11-20",
    profile: {
      name: "Noah Tremblay",
      email: "noah.tremblay@example.ca",
      timeZone: "America/Montreal",
      country: "CA",
      region: "QC",
      sendCard: false,
      linkedIn: true,
      strengths: ["financial modelling"],
    },
    interview: {
      company: "Banque Laurentienne Conseil",
      role: "Financial Analyst",
      at: "2026-11-19T14:00",
      timeZone: "America/Montreal",
      format: "video",
      timeline: "early December",
    },
    people: [
      {
        key: "julie",
        name: "Julie Gagnon",
        title: "Finance Manager",
        email: "julie.gagnon@blc.example",
        role: "hiring-manager",
      },
    ],
    notes: [
      { about: "julie", kind: "highlight", text: "moving forecasting from Excel to Anaplan" },
      { about: "julie", kind: "clarify", text: "I've used Power BI for 3 yrs, not just a bit" },
    ],
  },
  {
    id: "us-nonprofit",
    draftsOn: "2026-11-20",
    profile: {
      ...US,
      name: "Jordan Lee",
      email: "jordan.lee@example.com",
      timeZone: "America/New_York",
      sendCard: true,
      strengths: ["grant writing"],
    },
    interview: {
      company: "Riverbend Food Bank",
      role: "Development Coordinator",
      at: "2026-11-19T11:00",
      timeZone: "America/New_York",
      timeline: "they decide after the board meets on Dec 9",
    },
    people: [
      {
        key: "pat",
        name: "Patricia Owens",
        title: "Executive Director",
        email: "powens@riverbend.example",
        postalAddress: "45 River Road\nAlbany, NY 12207",
        role: "hiring-manager",
      },
    ],
    notes: [
      { about: "pat", kind: "highlight", text: "served 12,000 families last year" },
      {
        about: "pat",
        kind: "personal-interest",
        text: "grew up in Albany, loves the farmers market",
      },
      {
        about: "pat",
        kind: "qualification",
        text: "asked about a grant I lost and what I learned",
      },
    ],
  },
  {
    id: "gb-next-round",
    draftsOn: "2026-11-20",
    profile: {
      name: "Amelia Hughes",
      email: "amelia.hughes@example.co.uk",
      timeZone: "Europe/London",
      country: "GB",
      sendCard: false,
      linkedIn: true,
      strengths: ["legal research"],
    },
    interview: {
      company: "Carrow Legal LLP",
      role: "Paralegal",
      at: "2026-11-18T10:00",
      timeZone: "Europe/London",
      timeline: "a few days",
    },
    people: [
      {
        key: "david",
        name: "David Brooks",
        title: "Partner",
        email: "david.brooks@carrow.example",
        role: "hiring-manager",
        honorific: "Mr",
      },
    ],
    notes: [
      { about: "david", kind: "highlight", text: "firm is opening a Manchester office in spring" },
      { about: "david", kind: "qualification", text: "asked about my conveyancing experience" },
    ],
    events: [
      {
        kind: "next-round",
        from: "david",
        on: "2026-11-19T16:00",
        nextAt: "2026-11-26T10:00",
        nextTimeline: "within a week",
      },
    ],
  },
];
