/**
 * NET-10: search that ignores accents and case, and meets German spellings. A text is kept in two
 * forms: umlauts as their base letter ("muller") and as German writes them without dots ("mueller").
 * A query word matches when its first form is in the first or its second form in the second, so
 * "muller", "mueller" and "Müller" all find Müller, "Müller" finds Mueller, and "quelle" still finds
 * only Quelle (folding "ue" itself away would make it meet "Qulle").
 */

/** Letters without a decomposition that people type as their Latin base letters. */
const BASE_LETTERS: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d", æ: "ae", œ: "oe", ß: "ss" };
const UMLAUTS_AS_DIGRAPHS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue" };

const withoutMarks = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[ıłøđæœß]/g, (letter) => BASE_LETTERS[letter]);

/** Lower case, accents and umlauts dropped: "Özlem Müller" → "ozlem muller". */
export const baseForm = (text: string) => withoutMarks(text.toLocaleLowerCase("de"));

/** Lower case, umlauts written out, other accents dropped: "Özlem Müller" → "oezlem mueller". */
export const digraphForm = (text: string) =>
  withoutMarks(
    text
      .toLocaleLowerCase("de")
      .normalize("NFC")
      .replace(/[äöü]/g, (umlaut) => UMLAUTS_AS_DIGRAPHS[umlaut]),
  );

/** A text as the search reads it (both forms). */
export interface SearchText {
  base: string;
  digraph: string;
}

export const searchTextOf = (text: string): SearchText => ({ base: baseForm(text), digraph: digraphForm(text) });

/** The words of a query, each in both forms. */
export const queryWords = (query: string): SearchText[] => query.split(/\s+/).filter(Boolean).map(searchTextOf);

/** Every word of the query is somewhere in the text. */
export const containsAll = (text: SearchText, words: readonly SearchText[]) =>
  words.every((word) => text.base.includes(word.base) || text.digraph.includes(word.digraph));
