import { readFile } from "node:fs/promises";
import { stemmer } from "@orama/stemmers/german";
import { STOP_WORDS } from "./stopWords";

/** Where Debian's `openthesaurus-de-text` puts OpenThesaurus (one synonym set a line, `;` between words). */
export const DEBIAN_THESAURUS = "/usr/share/openthesaurus-de/openthesaurus.txt";

/** The synonym sets a stem belongs to, as feature names. */
export interface SynonymIndex {
  groupsOf(stem: string): readonly string[];
}

/** Larger sets are loose ("toll; super; Wahnsinn; …") and join what should stay apart. */
const MAX_SET_SIZE = 12;
/** Colloquial, coarse or dated words rarely mean a card's topic. */
const LOOSE = /\((?:[^)]*\b)?(?:ugs|derb|vulg|veraltet|veraltend|abwertend|ironisch|scherzhaft)\b/;

/** The index of OpenThesaurus' text format: single words only, stemmed like the cards. */
export function synonymIndexOf(text: string): SynonymIndex {
  const groups = new Map<string, string[]>();
  let line = 0;
  for (const row of text.split("\n")) {
    line++;
    if (row.startsWith("#") || row.trim() === "") continue;
    const words = row
      .split(";")
      .filter((entry) => !LOOSE.test(entry))
      .map((entry) => entry.replace(/\([^)]*\)/g, "").trim())
      .filter((entry) => /^[\p{L}-]+$/u.test(entry));
    if (words.length < 2 || words.length > MAX_SET_SIZE) continue;
    const stems = new Set(words.map((word) => stemmer(word.toLocaleLowerCase("de"))));
    for (const stem of stems) {
      if (stem.length < 3 || STOP_WORDS.has(stem)) continue;
      const list = groups.get(stem) ?? [];
      list.push(`s${line}`);
      groups.set(stem, list);
    }
  }
  return { groupsOf: (stem) => groups.get(stem) ?? [] };
}

let loaded: Promise<SynonymIndex | null> | null = null;

/** OpenThesaurus when the machine has it (read once), else null: the suggestions work without it. */
export function installedThesaurus(path = DEBIAN_THESAURUS): Promise<SynonymIndex | null> {
  loaded ??= readFile(path, "utf8").then(synonymIndexOf, () => null);
  return loaded;
}
