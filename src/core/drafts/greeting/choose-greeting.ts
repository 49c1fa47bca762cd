import type { Channel, Register } from "../../domain/types.js";
import { readCardName, withoutTitle } from "./read-card-name.js";

// Where a first name from someone met once at an interview reads as over-familiar: business
// letters in the German-speaking countries and France open with the honorific and the family name
// ("Sehr geehrte Frau Weber", "Madame Dupont"), and Japanese and Korean business writing uses the
// family name with an honorific. There the default is formal when the user gave an honorific, else
// the full name as on the card; anywhere else it is the first name.
export const FORMAL_COUNTRIES: ReadonlySet<string> = new Set(["DE", "AT", "CH", "FR", "JP", "KR"]);

// Where names are commonly written family name first even in Latin script ("Tanaka Taro",
// "Nagy Anna"): the order of a card's words is not safe to read there, so the name is used whole.
const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(["JP", "KR", "CN", "TW", "HU", "VN"]);

export interface GreetingInput {
  /** R1: exactly as on the card. */
  name: string;
  /** As the user gave it ("Ms", "Dr"); null when not given. */
  honorific: string | null;
  /** The person's chosen register; null = the country's default. */
  register: Register | null;
  channel: Channel;
  /** The country whose custom sets the default: the company's, else the profile's. */
  country: string;
}

export interface Greeting {
  /** "Dear Dana," / "Hi Dana," / "Dear Ms Whitfield,". */
  text: string;
  /** The part of the card's name the greeting uses: always a substring of it (R1). */
  name: string;
  /** The register the greeting is written in; "full-name" when neither fits the name safely. */
  register: Register | "full-name";
}

/**
 * The greeting of a message to one person: the first name by default, formal ("Dear Ms
 * Whitfield,") where the person's or the country's register asks for it and the user gave an
 * honorific, the full name as on the card wherever the first name cannot be told safely
 * (`readCardName`). LinkedIn notes open with "Hi"/"Hello", everything else with "Dear".
 */
export function chooseGreeting(input: GreetingInput): Greeting {
  const country = input.country.toUpperCase();
  const read = readCardName(input.name);
  const card = FAMILY_NAME_FIRST.has(country) ? { ...read, given: null, family: null } : read;
  const honorific = input.honorific?.trim() || null;
  const register =
    input.register ?? (card.titled || FORMAL_COUNTRIES.has(country) ? "formal" : "first-name");

  if (register === "first-name") {
    const given =
      card.titled && !FAMILY_NAME_FIRST.has(country)
        ? readCardName(withoutTitle(card.full)).given
        : card.given;
    if (given !== null) return greet(input.channel, "first-name", null, given);
    return greet(input.channel, "full-name", null, card.full);
  }
  // A card that carries its own title is greeted with it, as printed: never two honorifics.
  if (card.titled || honorific === null) return greet(input.channel, "full-name", null, card.full);
  return greet(input.channel, "formal", honorific, card.family ?? card.full);
}

function greet(
  channel: Channel,
  register: Greeting["register"],
  honorific: string | null,
  name: string,
): Greeting {
  const salutation = channel !== "linkedin" ? "Dear" : register === "first-name" ? "Hi" : "Hello";
  const text = `${salutation} ${honorific === null ? "" : `${honorific} `}${name},`;
  return { text, name, register };
}
