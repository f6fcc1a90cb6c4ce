import type { ClusterSuggestionsAnswer } from "../../../shared/api";
import { greedyGroups } from "./grouping";
import { groupLabel } from "./labels";
import { DEFAULT_SETTINGS, type SuggestionSettings } from "./settings";
import { type BlockShares, similarPairs } from "./similarity";
import type { SynonymIndex } from "./synonyms";
import { type CardText, cardVectors } from "./vectors";

/** What the route answers (SUG-2): groups largest first, near-duplicate pairs the most alike first. */
export type Suggestions = ClusterSuggestionsAnswer;

export interface SuggestOptions {
  settings?: SuggestionSettings;
  /** OpenThesaurus' synonym sets; used only when `settings.synonymShare` is above 0. */
  synonyms?: SynonymIndex | null;
}

function sharesOf(settings: SuggestionSettings, withSynonyms: boolean): BlockShares {
  const synonyms = withSynonyms ? settings.synonymShare : 0;
  return { words: settings.wordShare - synonyms, grams: 1 - settings.wordShare, synonyms };
}

/**
 * SUG-1..3: groups of similar cards and near-duplicate pairs, from the cards' words alone (nothing
 * leaves the server). Groups come largest first, their cards in the order given.
 */
export function suggestClusters(cards: readonly CardText[], options: SuggestOptions = {}): Suggestions {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const synonyms = settings.synonymShare > 0 ? (options.synonyms ?? null) : null;
  const vectors = cardVectors(cards, settings, synonyms);
  // Weaker pairs count 0 in a group's mean: a little stricter, and far fewer pairs on large boards.
  const floor = Math.min(settings.meanLinkAt, settings.joinAt, settings.duplicateAt);
  const pairs = similarPairs(vectors, sharesOf(settings, synonyms !== null), floor);
  const groups = greedyGroups(cards.length, pairs, settings);

  const documentFrequency = new Map<string, number>();
  for (const { tokens } of vectors) {
    for (const stem of new Set(tokens.map((token) => token.stem))) {
      documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
    }
  }
  const suggestions = groups
    .sort((x, y) => y.length - x.length || x[0] - y[0])
    .map((group) => ({
      cardIds: group.map((index) => cards[index].id),
      label: groupLabel(
        group.map((index) => vectors[index].tokens),
        documentFrequency,
        cards.length,
      ),
    }));
  const duplicates = pairs
    .filter((pair) => pair.similarity >= settings.duplicateAt)
    .sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b)
    .slice(0, settings.maxDuplicates)
    .map((pair): [string, string] => [cards[pair.a].id, cards[pair.b].id]);
  return { suggestions, duplicates };
}
