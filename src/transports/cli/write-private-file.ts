import { open } from "node:fs/promises";

/**
 * Writes `content` to `path` readable by its owner only (0600): an export holds every note. A
 * file that is already there loses group and world access before anything is written to it;
 * a terminal or pipe given as the path (`-o /dev/stdout`) is written as it is.
 */
export async function writePrivateFile(path: string, content: string | Uint8Array): Promise<void> {
  const file = await open(path, "w", 0o600);
  try {
    const stat = await file.stat();
    if (stat.isFile() && (stat.mode & 0o077) !== 0) await file.chmod(stat.mode & 0o700);
    await file.writeFile(content);
  } finally {
    await file.close();
  }
}
