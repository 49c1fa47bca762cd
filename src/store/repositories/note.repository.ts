import type { Kysely } from "kysely";
import type { Note, NoteKind } from "../../core/domain/types.js";
import type { Database, NotesTable } from "../schema.js";
import { insertInChunks } from "./insert-in-chunks.js";

export async function insertNote(
  db: Kysely<Database>,
  accountId: string,
  note: Note,
): Promise<void> {
  await insertNotes(db, accountId, [note]);
}

export async function insertNotes(
  db: Kysely<Database>,
  accountId: string,
  notes: Note[],
): Promise<void> {
  await insertInChunks(
    db,
    "notes",
    notes.map((n) => ({ ...n, accountId })),
  );
}

export async function listNotesOfInterview(
  db: Kysely<Database>,
  accountId: string,
  interviewId: string,
): Promise<Note[]> {
  const rows = await db
    .selectFrom("notes")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("interviewId", "=", interviewId)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  return rows.map(toNote);
}

export async function listNotes(db: Kysely<Database>, accountId: string): Promise<Note[]> {
  const rows = await db
    .selectFrom("notes")
    .selectAll()
    .where("accountId", "=", accountId)
    .orderBy("id")
    .execute();
  return rows.map(toNote);
}

export async function getNote(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<Note | null> {
  const row = await db
    .selectFrom("notes")
    .selectAll()
    .where("accountId", "=", accountId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toNote(row) : null;
}

export async function updateNote(
  db: Kysely<Database>,
  accountId: string,
  note: Note,
): Promise<void> {
  await db
    .updateTable("notes")
    .set({ contactId: note.contactId, kind: note.kind, text: note.text })
    .where("accountId", "=", accountId)
    .where("id", "=", note.id)
    .execute();
}

export async function deleteNote(
  db: Kysely<Database>,
  accountId: string,
  id: string,
): Promise<void> {
  await db.deleteFrom("notes").where("accountId", "=", accountId).where("id", "=", id).execute();
}

function toNote(row: NotesTable): Note {
  return {
    id: row.id,
    interviewId: row.interviewId,
    contactId: row.contactId,
    kind: row.kind as NoteKind,
    text: row.text,
    createdAt: row.createdAt,
  };
}
