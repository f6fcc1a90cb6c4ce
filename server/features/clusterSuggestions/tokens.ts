import { stemmer } from "@orama/stemmers/german";
import { STOP_WORDS } from "./stopWords";

/** A word of a card: its stem (what cards are compared by) and how it was written (what labels show). */
export interface Token {
  stem: string;
  surface: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const MIN_LENGTH = 3;

/**
 * A card's words, stemmed with the German Snowball stemmer (which also folds umlauts: "Bäume" and
 * "Baum" become "baum"). Hyphens split words ("Pop-up-Geschäfte"); numbers, stop words and words
 * shorter than three letters are left out. `stems` remembers the stems of words seen before.
 */
export function tokensOf(text: string, stems: Map<string, string> = new Map()): Token[] {
  const tokens: Token[] = [];
  for (const [surface] of text.matchAll(WORD)) {
    const lower = surface.toLocaleLowerCase("de");
    if (lower.length < MIN_LENGTH || DIGITS_ONLY.test(lower) || STOP_WORDS.has(lower)) continue;
    // Boards repeat their words; the stemmer is the slowest step, so each word is stemmed once a call.
    let stem = stems.get(lower);
    if (stem === undefined) {
      stem = stemmer(lower);
      stems.set(lower, stem);
    }
    if (stem.length < MIN_LENGTH || STOP_WORDS.has(stem)) continue;
    tokens.push({ stem, surface });
  }
  return tokens;
}
