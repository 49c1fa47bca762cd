import { z } from "zod";
import {
  CHANNELS,
  CONTACT_ROLES,
  DECISION_OUTCOMES,
  DIRECTIONS,
  INTERVIEW_FORMATS,
  NOTE_KINDS,
  REGISTERS,
} from "../core/domain/types.js";

// Field schemas shared by the use cases' inputs. Trimmed strings; empty means "not given".
export const text = (max = 2000) => z.string().trim().min(1, "must not be empty").max(max);
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === "" ? null : s))
    .nullish()
    .transform((s) => s ?? null);

/**
 * The id the phone made for a write it may send more than once (issue 13: capture offline). A
 * write sent again with the same id is stored once. Absent: every write is new.
 */
export const clientId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "must be 16 to 64 letters, digits, - or _")
  .nullish()
  .transform((s) => s ?? null)
  .describe(
    "An id made on the phone for this write: sent again with it, the write is stored once and answered with the record it made",
  );

/** The honorific a formal greeting uses, as the user gives it ("Ms", "Dr", "Mx"). */
const HONORIFIC = /^(\p{L}[\p{L}.'-]*( \p{L}[\p{L}.'-]*)?)?$/u;
export const honorific = z
  .string()
  .trim()
  .max(20)
  .regex(HONORIFIC, "must be a title such as Ms, Dr or Mx")
  // The OpenAPI pattern is the source alone: JSON Schema compiles patterns in Unicode mode, and
  // the generator would otherwise append the flag ("…$/u"), which no client can apply.
  .meta({ pattern: HONORIFIC.source })
  .transform((s) => (s === "" ? null : s))
  .nullish()
  .transform((s) => s ?? null);

/** How a message greets the person; null = the default of their company's country. */
export const register = z
  .enum(REGISTERS)
  .nullish()
  .transform((r) => r ?? null);

export const email = z
  .string()
  .trim()
  .regex(
    /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/,
    "is not an email address like name@example.com",
  )
  .nullish()
  .transform((s) => s ?? null);

export const url = z
  .string()
  .trim()
  // No flags (case spelled out): the pattern goes into OpenAPI as it is, and a client applies it
  // without any.
  .regex(
    /^[Hh][Tt][Tt][Pp][Ss]?:\/\/\S+$/,
    "must be a web address starting with http:// or https://",
  )
  .nullish()
  .transform((s) => s ?? null);

export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "must be a two-letter country code such as US, GB or DE")
  .transform((s) => s.toUpperCase());

export const channel = z.enum(CHANNELS);
export const contactRole = z.enum(CONTACT_ROLES);
export const interviewFormat = z.enum(INTERVIEW_FORMATS);
export const noteKind = z.enum(NOTE_KINDS);
export const direction = z.enum(DIRECTIONS);
export const decisionOutcome = z.enum(DECISION_OUTCOMES);
export const id = (prefix: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^${prefix}_[0-9a-z]+$`), `must be an id starting with ${prefix}_`);
