import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** How often each file of the database's folder holds the text: the main file, -wal, -shm, whatever is there. */
export function copiesInFolder(databasePath: string, text: string): Record<string, number> {
  const folder = dirname(databasePath);
  const needle = Buffer.from(text);
  const counts: Record<string, number> = {};
  for (const name of readdirSync(folder)) {
    const bytes = readFileSync(join(folder, name));
    let count = 0;
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++;
    counts[name] = count;
  }
  return counts;
}

export const totalCopies = (counts: Record<string, number>) =>
  Object.values(counts).reduce((sum, count) => sum + count, 0);
