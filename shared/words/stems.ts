import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS } from "./functionWords";

/** A word of a text: its stem (what texts are compared by) and how it was written (what people read). */
export interface Token {
  stem: string;
  surface: string;
}

export type Language = "de" | "en";

const WORD = /[\p{L}\p{N}]+/gu;
const DIGITS_ONLY = /^\p{N}+$/u;
const MIN_LENGTH = 3;
const STEMMERS: Record<Language, (word: string) => string> = { de: germanStemmer, en: englishStemmer };

/** English when a text has more English function words than German ones ("the", "for" against "die", "für"). */
export function languageOf(text: string): Language {
  let english = 0;
  let german = 0;
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLocaleLowerCase("de");
    if (ENGLISH_FUNCTION_WORDS.has(lower)) english++;
    if (GERMAN_FUNCTION_WORDS.has(lower)) german++;
  }
  return english > german ? "en" : "de";
}

/**
 * A text's words, stemmed with the Snowball stemmer of its language (the German one also folds
 * umlauts: "Bäume" and "Baum" become "baum"). Hyphens split words ("Pop-up-Geschäfte"); numbers, the
 * caller's stop words and words shorter than three letters are left out. `stems` remembers the stems
 * of words seen before, per language (the stemmer is the slowest step).
 */
export function tokensOf(
  text: string,
  language: Language,
  stopWords: ReadonlySet<string>,
  stems: Map<string, string> = new Map(),
): Token[] {
  const tokens: Token[] = [];
  for (const [surface] of text.matchAll(WORD)) {
    const lower = surface.toLocaleLowerCase("de");
    if (lower.length < MIN_LENGTH || DIGITS_ONLY.test(lower) || stopWords.has(lower)) continue;
    const key = `${language}:${lower}`;
    let stem = stems.get(key);
    if (stem === undefined) {
      stem = STEMMERS[language](lower);
      stems.set(key, stem);
    }
    if (stem.length < MIN_LENGTH || stopWords.has(stem)) continue;
    tokens.push({ stem, surface });
  }
  return tokens;
}
