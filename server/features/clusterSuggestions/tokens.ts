import { type Language, tokensOf as stemmedTokens, type Token } from "../../../shared/words/stems";
import { STOP_WORDS } from "./stopWords";

export { type Language, languageOf, type Token } from "../../../shared/words/stems";

/**
 * A card's words for clustering: stemmed as shared/words/stems.ts does, without the words that every
 * workshop card shares (stopWords.ts). `stems` remembers the stems of words seen before, per language.
 */
export function tokensOf(text: string, language: Language = "de", stems: Map<string, string> = new Map()): Token[] {
  return stemmedTokens(text, language, STOP_WORDS, stems);
}
