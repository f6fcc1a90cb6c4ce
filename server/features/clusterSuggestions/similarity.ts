import type { CardVectors, SparseVector } from "./vectors";

/** Two cards (by index) and their similarity, 0..1. */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/** How much each block of features adds to a similarity; they sum to 1. */
export interface BlockShares {
  words: number;
  grams: number;
  synonyms: number;
}

type Postings = Array<Array<[card: number, weight: number]>>;

/**
 * Every pair of cards at least `floor` similar: the weighted sum of the blocks' cosines. An inverted
 * index per block visits only pairs that share a feature, each once (a card meets only the cards
 * before it), so a board of scattered topics costs far less than all n² pairs.
 */
export function similarPairs(vectors: readonly CardVectors[], shares: BlockShares, floor: number): SimilarPair[] {
  const blocks = (["words", "grams", "synonyms"] as const).filter((block) => shares[block] > 0);
  const postings = new Map(blocks.map((block) => [block, [] as Postings]));
  const scores = new Float64Array(vectors.length);
  const touched: number[] = [];
  const pairs: SimilarPair[] = [];
  vectors.forEach((card, index) => {
    for (const block of blocks) {
      const lists = postings.get(block) as Postings;
      const share = shares[block];
      const vector: SparseVector = card[block];
      for (const [feature, weight] of vector) {
        const list = lists[feature];
        if (list === undefined) continue;
        for (const [other, otherWeight] of list) {
          if (scores[other] === 0) touched.push(other);
          scores[other] += share * weight * otherWeight;
        }
      }
      for (const [feature, weight] of vector) {
        let list = lists[feature];
        if (list === undefined) {
          list = [];
          lists[feature] = list;
        }
        list.push([index, weight]);
      }
    }
    for (const other of touched) {
      if (scores[other] >= floor) pairs.push({ a: other, b: index, similarity: scores[other] });
      scores[other] = 0;
    }
    touched.length = 0;
  });
  return pairs;
}
