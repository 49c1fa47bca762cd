import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { AppError } from "../../../errors/app-error.js";
import type { Participant } from "../../../store/repositories/contact.repository.js";
import { addContact } from "../../../use-cases/contacts/add-contact.js";
import { editContact, editContactInput } from "../../../use-cases/contacts/edit-contact.js";
import { editParticipation } from "../../../use-cases/contacts/edit-participation.js";
import {
  type ImportedContacts,
  importContacts,
} from "../../../use-cases/contacts/import-contacts.js";
import { listContacts, showContact } from "../../../use-cases/contacts/list-contacts.js";
import { parseInput } from "../../../use-cases/parse-input.js";
import { runCommand } from "../run-command.js";

export function registerContactCommands(program: Command): void {
  const contact = program
    .command("contact")
    .description("the people you met, as on their business cards");

  contact
    .command("add")
    .description("put a person on an interview")
    .requiredOption("--interview <id>")
    .requiredOption("--name <name>", "exactly as on the business card (R1)")
    .option("--email <email>")
    .option("--role <role>", "interviewer, recruiter, hiring-manager or supervisor", "interviewer")
    .option("--title <title>")
    .option("--organization <name>", "the organization on their card (ORG), e.g. an agency")
    .option("--phone <phone>")
    .option("--linkedin <url>")
    .option("--address <text>", "postal address, lines separated by \\n")
    .option("--prefers <channel>", "email, phone, letter, card, linkedin or in-person")
    .option("--agreed-to-connect", "they agreed to a LinkedIn request (R5)")
    .option("--honorific <title>", "for a formal greeting: Ms, Dr, Mx… (never guessed)")
    .option("--register <register>", "greeting: formal or first-name (default: the country's)")
    .option("--follow-up-on <date>", "the day they said you may follow up (R4)")
    .option("--follow-up-via <channel>", "how they said to follow up")
    .option("--timezone <zone>", "their time zone, if not the interview's")
    .action(async (opts: Record<string, string | boolean | undefined>, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        const s = (k: string) => opts[k] as string | undefined;
        const added = await addContact(ctx, {
          interviewId: s("interview") as string,
          name: s("name") as string,
          email: s("email"),
          role: s("role") as "interviewer",
          title: s("title"),
          organization: s("organization"),
          phone: s("phone"),
          linkedinUrl: s("linkedin"),
          postalAddress: s("address")?.replaceAll("\\n", "\n"),
          preferredChannel: s("prefers") as "email" | undefined,
          agreedToConnect: opts.agreedToConnect === true,
          followUpOn: s("followUpOn"),
          followUpVia: s("followUpVia") as "email" | undefined,
          timeZone: s("timezone"),
          honorific: s("honorific"),
          register: s("register") as "formal" | undefined,
        });
        print(added, (p) => `Added ${describeParticipant(p)} to ${s("interview")}`);
      });
    });

  contact
    .command("edit")
    .description(
      "correct a person: any field of the card, and with --interview what they agreed there; what is not given stays",
    )
    .argument("<id>", "the person (ct_…)")
    .option("--name <name>", "exactly as on the card (R1)")
    .option("--email <email>")
    .option("--role <role>", "interviewer, recruiter, hiring-manager or supervisor")
    .option("--title <title>")
    .option("--organization <name>", "the organization on their card (ORG), e.g. an agency")
    .option("--phone <phone>")
    .option("--linkedin <url>")
    .option("--address <text>", "postal address, lines separated by \\n")
    .option("--prefers <channel>", "email, phone, letter, card, linkedin or in-person")
    .option("--agreed-to-connect", "they agreed to a LinkedIn request (R5)")
    .option("--no-agreed-to-connect", "they did not")
    .option("--honorific <title>", 'for a formal greeting: Ms, Dr, Mx… ("" clears it)')
    .option("--register <register>", "greeting: formal, first-name, or default (the country's)")
    .option("--timezone <zone>", "their time zone, if not the interview's")
    .option("--interview <id>", "the interview where the follow-up below was agreed (iv_…)")
    .option("--follow-up-on <date>", "the day they said you may follow up (R4, R12)")
    .option("--follow-up-via <channel>", "how they said to follow up")
    .option("--no-follow-up", "clear the agreed follow-up at --interview")
    .action(
      async (id: string, opts: Record<string, string | boolean | undefined>, command: Command) => {
        await runCommand(command, async ({ ctx, print }) => {
          const given = (flag: string, field: string) =>
            opts[flag] === undefined ? {} : { [field]: opts[flag] };
          const changes = {
            id,
            ...given("name", "name"),
            ...given("email", "email"),
            ...given("role", "role"),
            ...given("title", "title"),
            ...given("organization", "organization"),
            ...given("phone", "phone"),
            ...given("linkedin", "linkedinUrl"),
            ...(typeof opts.address === "string"
              ? { postalAddress: opts.address.replace(/\\n/g, "\n") }
              : {}),
            ...given("prefers", "preferredChannel"),
            ...(command.getOptionValueSource("agreedToConnect") === "cli"
              ? { agreedToConnect: opts.agreedToConnect === true }
              : {}),
            ...given("timezone", "timeZone"),
            ...given("honorific", "honorific"),
            ...(opts.register === "default" ? { register: null } : given("register", "register")),
          };
          const commitment = {
            ...(typeof opts.followUpOn === "string" ? { followUpOn: opts.followUpOn } : {}),
            ...(command.getOptionValueSource("followUp") === "cli" ? { followUpOn: null } : {}),
            ...given("followUpVia", "followUpVia"),
          };
          const card = Object.keys(changes).length > 1;
          const agreed = Object.keys(commitment).length > 0;
          if (agreed && typeof opts.interview !== "string") {
            throw new AppError("INVALID_INPUT", "A follow-up is agreed at one interview.", {
              field: "interviewId",
              accepted: "--interview iv_… with --follow-up-on, --follow-up-via or --no-follow-up",
            });
          }
          // The card is checked before the commitment is written, so a bad card writes nothing.
          if (card) parseInput(editContactInput, changes);
          const seat = agreed
            ? await editParticipation(ctx, {
                interviewId: opts.interview as string,
                contactId: id,
                ...commitment,
              })
            : null;
          const edited = card || !seat ? await editContact(ctx, changes) : seat;
          print(
            seat
              ? { ...edited, followUpOn: seat.followUpOn, followUpVia: seat.followUpVia }
              : edited,
            (c) =>
              `Saved ${c.name}${c.agreedToConnect ? " (agreed to connect)" : ""}${
                seat
                  ? seat.followUpOn
                    ? `; follow up on ${seat.followUpOn} via ${seat.followUpVia}`
                    : "; no follow-up agreed"
                  : ""
              }; the plan follows.`,
          );
        });
      },
    );

  contact
    .command("import")
    .description(
      "put everyone in a vCard file (.vcf: 2.1, 3.0 or 4.0, any character set) on an interview; a file with a card that cannot be imported imports nothing and lists every such card",
    )
    .argument("<file>")
    .requiredOption("--interview <id>")
    .option("--skip-invalid", "import the cards that can be, and list the others as skipped")
    .action(
      async (
        file: string,
        opts: { interview: string; skipInvalid?: boolean },
        command: Command,
      ) => {
        await runCommand(command, async ({ ctx, print }) => {
          // Bytes, not text: the file's character set is the parser's to find (issue 15).
          const bytes = await readBinaryFile(file);
          const added = await importContacts(ctx, opts.interview, bytes, {
            skipInvalid: opts.skipInvalid === true,
          });
          print(added, describeImport);
        });
      },
    );

  contact
    .command("list")
    .description("everyone, by name")
    .action(async (_opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(
          await listContacts(ctx),
          (list) =>
            list
              .map(
                (c) =>
                  `${c.id}  ${c.name}${c.title ? `, ${c.title}` : ""}${c.email ? ` <${c.email}>` : ""}`,
              )
              .join("\n") || "No contacts yet.",
        );
      });
    });

  contact
    .command("show")
    .argument("<id>")
    .action(async (id: string, _opts: unknown, command: Command) => {
      await runCommand(command, async ({ ctx, print }) => {
        print(await showContact(ctx, id), (d) =>
          [
            `${d.contact.name}${d.contact.title ? `, ${d.contact.title}` : ""}${d.contact.organization ? `, ${d.contact.organization}` : ""} (${d.contact.role})`,
            `Email: ${d.contact.email ?? "-"}   Phone: ${d.contact.phone ?? "-"}   LinkedIn: ${d.contact.linkedinUrl ?? "-"}`,
            `Agreed to connect: ${d.contact.agreedToConnect ? "yes" : "no"}`,
            ...d.participations.map(
              (p) =>
                `Interview ${p.interviewId}${p.followUpOn ? `: follow up on ${p.followUpOn} via ${p.followUpVia}` : ""}`,
            ),
          ].join("\n"),
        );
      });
    });
}

export async function readTextFile(file: string): Promise<string> {
  return (await readBinaryFile(file)).toString("utf8");
}

export async function readBinaryFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (cause) {
    throw new AppError(
      "INVALID_INPUT",
      `Cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? "error"}.`,
      {
        field: "file",
        accepted: "the path of a readable file",
        cause,
      },
    );
  }
}

function describeImport(result: ImportedContacts): string {
  const lines = [`Imported ${result.people.length} contact(s):`];
  lines.push(...result.people.map(describeParticipant));
  for (const line of result.report.filter((r) => r.outcome === "merged")) {
    lines.push(line.summary);
    for (const c of line.conflicts)
      lines.push(
        `  ${c.label}: kept "${c.kept}"; the card says "${c.onCard}" (contact edit ${line.contactId} to use it)`,
      );
  }
  if (result.guessedCharset) {
    lines.push(
      `Text that declared no character set and is not UTF-8 was read as ${result.guessedCharset} (guessed): check the names, and export the file as UTF-8 if they look wrong.`,
    );
  }
  if (result.skipped.length > 0) {
    lines.push(
      `Skipped ${result.skipped.length} entr${result.skipped.length === 1 ? "y" : "ies"}:`,
    );
    lines.push(...result.skipped.map((s) => `  ${s.message}`));
  }
  return lines.join("\n");
}

function describeParticipant(p: Participant): string {
  return `${p.id}  ${p.name}${p.title ? `, ${p.title}` : ""} (${p.role})${p.email ? ` <${p.email}>` : ""}${p.followUpOn ? ` — follow up on ${p.followUpOn} via ${p.followUpVia}` : ""}`;
}
