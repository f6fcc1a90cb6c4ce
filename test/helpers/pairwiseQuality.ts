import { readFileSync } from "node:fs";
import type { Suggestions } from "../../server/features/clusterSuggestions/suggestClusters";

/** A labelled set of topic cards (test/fixtures/clusterSuggestions.*.json). */
export interface LabelledCards {
  about: string;
  cards: { id: string; group: string | null; title: string; body: string }[];
  duplicates: [string, string][];
}

export const LABELLED_SETS = {
  /** The set the settings were tuned on. */
  tuning: "test/fixtures/clusterSuggestions.lausitz.json",
  /** Never tuned on. */
  heldOut: "test/fixtures/clusterSuggestions.staedtenetz.json",
} as const;

export const readLabelledCards = (path: string): LabelledCards => JSON.parse(readFileSync(path, "utf8"));

export interface Quality {
  /** Pairs of cards put in one suggestion, and how many of them share a known group. */
  suggestedPairs: number;
  rightPairs: number;
  knownPairs: number;
  precision: number;
  recall: number;
  duplicates: { flagged: number; right: number; known: number; precision: number; recall: number };
}

const key = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Pairwise precision and recall of suggestions against the known groups, and of the flagged duplicates. */
export function pairwiseQuality(set: LabelledCards, result: Suggestions): Quality {
  const groupOf = new Map(set.cards.map((card) => [card.id, card.group]));
  let knownPairs = 0;
  set.cards.forEach((card, index) => {
    for (const other of set.cards.slice(index + 1)) if (card.group !== null && card.group === other.group) knownPairs++;
  });
  let suggestedPairs = 0;
  let rightPairs = 0;
  for (const { cardIds } of result.suggestions) {
    cardIds.forEach((a, index) => {
      for (const b of cardIds.slice(index + 1)) {
        suggestedPairs++;
        const group = groupOf.get(a);
        if (group !== null && group === groupOf.get(b)) rightPairs++;
      }
    });
  }
  const known = new Set(set.duplicates.map(([a, b]) => key(a, b)));
  const right = result.duplicates.filter(([a, b]) => known.has(key(a, b))).length;
  return {
    suggestedPairs,
    rightPairs,
    knownPairs,
    precision: ratio(rightPairs, suggestedPairs),
    recall: ratio(rightPairs, knownPairs),
    duplicates: {
      flagged: result.duplicates.length,
      right,
      known: known.size,
      precision: ratio(right, result.duplicates.length),
      recall: ratio(right, known.size),
    },
  };
}
