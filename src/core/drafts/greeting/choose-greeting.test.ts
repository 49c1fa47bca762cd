import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Channel, Register } from "../../domain/types.js";
import { CHANNELS, REGISTERS } from "../../domain/types.js";
import { chooseGreeting } from "./choose-greeting.js";
import { readCardName } from "./read-card-name.js";

type Row = [
  name: string,
  honorific: string | null,
  register: Register | null,
  channel: Channel,
  country: string,
  expected: string,
];

describe("chooseGreeting (R1, R19: a personal greeting, the name as on the card)", () => {
  it.each<Row>([
    // The default: the first name, "Hi" on LinkedIn.
    ["Dana Whitfield", null, null, "email", "US", "Dear Dana,"],
    ["Dana Whitfield", "Ms", null, "letter", "US", "Dear Dana,"],
    ["Dana Whitfield", null, null, "card", "GB", "Dear Dana,"],
    ["Dana Whitfield", null, null, "linkedin", "US", "Hi Dana,"],
    ["Mei O'Connell", null, null, "email", "US", "Dear Mei,"],
    ["Jean-Luc Picard", null, null, "email", "CA", "Dear Jean-Luc,"],
    ["Mary Ann Smith", null, null, "email", "US", "Dear Mary,"],
    ["dana whitfield", null, null, "email", "US", "Dear dana,"],
    // A title on the card means formal: the name as printed.
    ["Dr. Raj Patel", null, null, "email", "US", "Dear Dr. Raj Patel,"],
    ["Dr. Raj Patel", "Dr", null, "email", "US", "Dear Dr. Raj Patel,"],
    ["Prof Anna Berg", null, null, "linkedin", "SE", "Hello Prof Anna Berg,"],
    ["Dr. Raj Patel", null, "first-name", "email", "US", "Dear Raj,"],
    // Names whose given name is not safe to guess: the full name.
    ["Cher", null, null, "email", "US", "Dear Cher,"],
    ["Ludwig van Beethoven", null, null, "email", "US", "Dear Ludwig van Beethoven,"],
    ["Maria de la Cruz", "Ms", "formal", "email", "US", "Dear Ms Maria de la Cruz,"],
    ["J. Robert Smith", null, null, "email", "US", "Dear J. Robert Smith,"],
    ["Whitfield, Dana", null, null, "email", "US", "Dear Whitfield, Dana,"],
    ["John Smith Jr.", null, null, "email", "US", "Dear John Smith Jr.,"],
    ["María José García López", null, null, "email", "ES", "Dear María José García López,"],
    ["田中太郎", null, null, "email", "US", "Dear 田中太郎,"],
    ["김민준", "Mr", null, "email", "KR", "Dear Mr 김민준,"],
    ["Tanaka Taro", "Mr", null, "email", "JP", "Dear Mr Tanaka Taro,"],
    // A formal register: the honorific the user gave and the family name.
    ["Dana Whitfield", "Ms", "formal", "email", "US", "Dear Ms Whitfield,"],
    ["Dana Whitfield", "Ms", "formal", "linkedin", "US", "Hello Ms Whitfield,"],
    ["Sam Rivera", "Mx", "formal", "card", "US", "Dear Mx Rivera,"],
    ["Juan García López", "Sr.", "formal", "email", "US", "Dear Sr. Juan García López,"],
    ["Dana Whitfield", null, "formal", "email", "US", "Dear Dana Whitfield,"],
    // Countries that expect more formality: formal with an honorific, else the full name.
    ["Katrin Weber", "Frau", null, "email", "DE", "Dear Frau Weber,"],
    ["Katrin Weber", null, null, "email", "DE", "Dear Katrin Weber,"],
    ["Claire Dupont", "Mme", null, "letter", "FR", "Dear Mme Dupont,"],
    ["Lukas Huber", null, null, "email", "AT", "Dear Lukas Huber,"],
    ["Nina Keller", "Ms", null, "email", "ch", "Dear Ms Keller,"],
    // …unless the person's own register says first name.
    ["Katrin Weber", "Frau", "first-name", "email", "DE", "Dear Katrin,"],
  ])("%s (%s, %s, %s, %s) → %s", (name, honorific, register, channel, country, expected) => {
    expect(chooseGreeting({ name, honorific, register, channel, country }).text).toBe(expected);
  });

  it("reads the parts of a card's name without re-spelling them", () => {
    expect(readCardName("  Dana Whitfield ")).toEqual({
      full: "Dana Whitfield",
      titled: false,
      given: "Dana",
      family: "Whitfield",
    });
    expect(readCardName("Herr Jonas Klein").titled).toBe(true);
    expect(readCardName("Anna Maria Rossi")).toMatchObject({ given: "Anna", family: null });
  });

  it("R1: the greeting's name is a non-empty substring of the card's name (property)", () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'.,-]{1,12}$/);
    const cardName = fc.oneof(
      fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
      fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ""),
      fc.constantFrom("Dr. Raj Patel", "田中太郎", "Maria de la Cruz", "Cher", "Ms Dana Whitfield"),
    );
    fc.assert(
      fc.property(
        cardName,
        fc.option(fc.constantFrom("Ms", "Dr", "Mx", "Frau", "  ")),
        fc.option(fc.constantFrom(...REGISTERS)),
        fc.constantFrom(...CHANNELS),
        fc.constantFrom("US", "DE", "FR", "JP", "GB", "KR"),
        (name, honorific, register, channel, country) => {
          const greeting = chooseGreeting({ name, honorific, register, channel, country });
          expect(greeting.name.trim()).not.toBe("");
          expect(name).toContain(greeting.name);
          expect(greeting.text.endsWith(`${greeting.name},`)).toBe(true);
        },
      ),
    );
  });
});
