import { type CardProblem, readVCards } from "../../core/vcard/parse-vcards.js";
import { AppError, type Problem } from "../../errors/app-error.js";
import type { UseCaseContext } from "../context.js";
import { parseInput } from "../parse-input.js";
import {
  addContactsToInterview,
  type ContactToSeat,
  contactFields,
  type SeatedPeople,
} from "./add-contact.js";

/** A card of the file that was not imported, and why, by its number and line. */
export interface SkippedCard {
  card: number;
  line: number;
  /** The card's name, when it was read before the problem was found. */
  name: string | null;
  /** "Card 3 (line 12): …", saying what to fix. */
  message: string;
}

export interface ImportedContacts extends SeatedPeople {
  /** The cards not imported (only with skipInvalid; without it, any refuses the file). */
  skipped: SkippedCard[];
  /**
   * The charset text that declared none and was not UTF-8 was read in (guessed from the text),
   * or null: the user can check the names and re-export the file as UTF-8 if they look wrong.
   */
  guessedCharset: string | null;
}

export interface ImportOptions {
  /** Import the cards that can be read and report the rest, instead of refusing the file. */
  skipInvalid?: boolean;
}

/** How many of a file's bad cards a refusal's message spells out; `problems` holds them all. */
const LISTED = 20;

/**
 * Seats everyone in a vCard file on an interview (R1). By default all or none: a file with any
 * card that cannot be imported writes nothing and names every such card with its line and what
 * to fix; with skipInvalid the others are imported and those are reported as skipped. A card for
 * someone the company already knows, or a person twice in the file (same email, or same name
 * where an email is missing), fills in what they were missing and is reported, with every real
 * conflict left for the user to choose; importing the same file again changes nothing. A file
 * beyond VCARD_LIMITS (cards, properties per card, bytes) is refused whole with INVALID_IMPORT
 * stating them, before anything is written; time and memory grow linearly with the file up to
 * there. The file is bytes: see readVCards for how its text is decoded.
 */
export async function importContacts(
  ctx: UseCaseContext,
  interviewId: string,
  vcard: Uint8Array | string,
  options: ImportOptions = {},
): Promise<ImportedContacts> {
  const file = readVCards(vcard);
  const problems: CardProblem[] = [...file.problems];
  const people: ContactToSeat[] = [];
  for (const { number, line, card } of file.cards) {
    try {
      people.push(
        parseInput(
          contactFields,
          {
            name: card.name,
            title: card.title,
            organization: card.organization,
            email: card.email,
            phone: card.phone,
            linkedinUrl: card.linkedinUrl,
            postalAddress: card.postalAddress,
          },
          "INVALID_IMPORT",
        ),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const message = `Card ${number} (line ${line}): ${card.name} — ${error.message}`;
      problems.push({
        card: number,
        line,
        name: card.name,
        error: new AppError("INVALID_IMPORT", message, {
          field: `card ${number}.${error.field ?? "vcard"}`,
          ...(error.accepted === undefined ? {} : { accepted: error.accepted }),
        }),
      });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  const skipped = problems.map((p) => ({
    card: p.card,
    line: p.line,
    name: p.name,
    message: p.error.message,
  }));
  if (skipped.length > 0 && !options.skipInvalid) throw refusal(problems, file.cards.length);
  if (people.length === 0) {
    throw new AppError(
      "INVALID_IMPORT",
      `None of the file's cards can be imported:\n${skipped.map((s) => s.message).join("\n")}`,
      { field: "vcard", problems: problems.map(asProblem) },
    );
  }
  const seated = await addContactsToInterview(ctx, interviewId, people);
  return { ...seated, skipped, guessedCharset: file.guessedCharset };
}

function asProblem(problem: CardProblem): Problem {
  return {
    field: `card ${problem.card}`,
    label: `Card ${problem.card}${problem.name ? ` (${problem.name})` : ""}, line ${problem.line}`,
    message: problem.error.message.replace(/^Card \d+ \(line \d+\): /, ""),
    ...(problem.error.accepted === undefined ? {} : { accepted: problem.error.accepted }),
  };
}

function refusal(problems: CardProblem[], readable: number): AppError {
  const bad = problems.length;
  const listed = problems.slice(0, LISTED).map((p) => p.error.message);
  if (bad > LISTED) listed.push(`… and ${bad - LISTED} more`);
  const first = problems[0];
  // One problem keeps the field and accepted of its own error (a limit states the limits).
  if (bad === 1 && first !== undefined) {
    return new AppError("INVALID_IMPORT", first.error.message, {
      field: first.error.field ?? "vcard",
      ...(first.error.accepted === undefined ? {} : { accepted: first.error.accepted }),
      problems: problems.map(asProblem),
    });
  }
  return new AppError(
    "INVALID_IMPORT",
    `Nothing was imported: ${bad} entries of the file cannot be imported${readable > 0 ? ` (the other cards can)` : ""}.\n${listed.join("\n")}`,
    {
      field: "vcard",
      accepted:
        "a file whose every card has a name (FN or N) and valid fields; or import the cards that can be, and skip these (--skip-invalid, or the app's choice)",
      problems: problems.map(asProblem),
    },
  );
}
