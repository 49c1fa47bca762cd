import { chmodSync, closeSync, fchmodSync, openSync, statSync } from "node:fs";

/** Owner read and write only: the notes are nobody else's business on a shared machine. */
const PRIVATE_FILE = 0o600;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** Creates `path` exactly 0600, whatever the umask; false when it is already there. */
function createPrivately(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", PRIVATE_FILE);
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
  try {
    fchmodSync(fd, PRIVATE_FILE);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes group and world access away from an existing file. By path, never by opening it:
 * closing any descriptor of a file drops the POSIX locks SQLite holds on it in this process.
 */
function restrictExisting(path: string): void {
  let mode: number;
  try {
    mode = statSync(path).mode & 0o777;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  if ((mode & 0o077) === 0) return;
  try {
    chmodSync(path, mode & 0o700);
  } catch (error) {
    // Owned by another user (who ran followthrough as root, say): not this process's to change.
    if (errorCode(error) !== "EPERM") throw error;
  }
}

/**
 * Creates the SQLite file 0600 before SQLite opens it, and takes group and world access away
 * from it and from its -wal and -shm files where an older version left them readable. SQLite
 * gives a new -wal or -shm file the main file's mode, so they are 0600 too
 * (tests/cli/local-privacy.test.ts checks all three).
 */
export function makeStoreFilesPrivate(file: string): void {
  if (!createPrivately(file)) restrictExisting(file);
  restrictExisting(`${file}-wal`);
  restrictExisting(`${file}-shm`);
}
