import type { Command } from "commander";

type Register = (program: Command) => void;

// Each group is imported only when its command is called (or for the full help), because the
// use cases behind some pull in large libraries (PDF, IMAP, SMTP, the HTTP server) that every
// other command would otherwise pay for at start-up.
const groups = {
  profile: async () => (await import("./commands/profile.command.js")).registerProfileCommands,
  interview: async () =>
    (await import("./commands/interview.command.js")).registerInterviewCommands,
  contact: async () => (await import("./commands/contact.command.js")).registerContactCommands,
  company: async () => (await import("./commands/company.command.js")).registerCompanyCommands,
  note: async () => (await import("./commands/note.command.js")).registerNoteCommands,
  trash: async () => (await import("./commands/trash.command.js")).registerTrashCommands,
  log: async () => (await import("./commands/log.command.js")).registerLogCommand,
  plan: async () => (await import("./commands/plan.command.js")).registerPlanCommands,
  event: async () => (await import("./commands/event.command.js")).registerEventCommands,
  data: async () => (await import("./commands/data.command.js")).registerDataCommands,
  calendar: async () => (await import("./commands/calendar.command.js")).registerCalendarCommands,
  imap: async () => (await import("./commands/imap.command.js")).registerImapCommands,
  mail: async () => (await import("./commands/mail.command.js")).registerMailCommands,
  search: async () => (await import("./commands/search.command.js")).registerSearchCommand,
  serve: async () => (await import("../http/serve.js")).registerServeCommand,
  draft: async () => (await import("./commands/draft.command.js")).registerDraftCommands,
  smtp: async () => (await import("./commands/smtp.command.js")).registerSmtpCommands,
  send: async () => (await import("./commands/send.command.js")).registerSendCommands,
  watch: async () => (await import("./commands/watch.command.js")).registerWatchCommands,
  worker: async () => (await import("./commands/worker.command.js")).registerWorkerCommand,
} satisfies Record<string, () => Promise<Register>>;

type Group = keyof typeof groups;

/** Which group defines each top-level command. */
const GROUP_OF: Record<string, Group> = {
  profile: "profile",
  interview: "interview",
  contact: "contact",
  company: "company",
  note: "note",
  trash: "trash",
  log: "log",
  plan: "plan",
  agenda: "plan",
  done: "plan",
  skip: "plan",
  snooze: "plan",
  event: "event",
  export: "data",
  import: "data",
  calendar: "calendar",
  imap: "imap",
  "import-mail": "mail",
  search: "search",
  serve: "serve",
  draft: "draft",
  check: "draft",
  template: "draft",
  answer: "draft",
  smtp: "smtp",
  send: "send",
  outbox: "send",
  watch: "watch",
  worker: "worker",
};

/** Global options that take a value, so the value is not mistaken for the command's name. */
const VALUED_GLOBALS = new Set(["--data-dir"]);

/** The register functions needed for these arguments: one group, or all for help and typos. */
export async function commandGroupsFor(argv: readonly string[]): Promise<Register[]> {
  const name = firstCommandName(argv);
  const group = name === undefined ? undefined : GROUP_OF[name];
  const wanted = group ? [group] : (Object.keys(groups) as Group[]);
  return Promise.all(wanted.map((g) => groups[g]()));
}

/** Every top-level command there is (kept in step with the groups by a test). */
export const TOP_LEVEL_COMMANDS = Object.keys(GROUP_OF);

function firstCommandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (VALUED_GLOBALS.has(arg)) i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}
