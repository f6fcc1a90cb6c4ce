/**
 * The knobs of the suggestions, chosen on the Lusatian set (test/fixtures/clusterSuggestions.lausitz.json)
 * and checked on the held-out one (docs/PERFORMANCE.md, "Suggested clusters"). Precision first: a wrong
 * suggestion costs a moderator more than a missing one.
 */
export interface SuggestionSettings {
  /** How much more a word of the title counts than one of the body. */
  titleWeight: number;
  /** Character n-gram length, for compounds ("Radverkehr" / "Verkehrswende"). */
  gramLength: number;
  /** Share of the similarity from whole words; the rest from n-grams (and synonyms, when given). */
  wordShare: number;
  /** Share taken from the words' block for synonym sets; 0 leaves the thesaurus unused. */
  synonymShare: number;
  /** Two cards may start a group from this similarity on. */
  joinAt: number;
  /** Two groups merge only while the mean similarity of all their cards' pairs stays at least this. */
  meanLinkAt: number;
  /** A pair this similar is flagged as a near-duplicate. */
  duplicateAt: number;
  /** Largest group suggested: larger ones are rarely one topic. */
  maxGroupSize: number;
  /** The most alike pairs flagged at most: a board of many copies of one card would list hundreds. */
  maxDuplicates: number;
}

export const DEFAULT_SETTINGS: SuggestionSettings = {
  titleWeight: 2,
  gramLength: 4,
  wordShare: 0.5,
  // OpenThesaurus found a few more pairs but more wrong ones, on both sets: off (docs/PERFORMANCE.md).
  synonymShare: 0,
  joinAt: 0.23,
  meanLinkAt: 0.1,
  duplicateAt: 0.45,
  maxGroupSize: 12,
  maxDuplicates: 100,
};
