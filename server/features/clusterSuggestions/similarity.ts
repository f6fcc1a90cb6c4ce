import type { Block, CardVectors } from "./vectors";

/** Two cards (by index, a < b) and their similarity, 0..1. */
export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/** How much each block of features adds to a similarity; they sum to 1. */
export type BlockShares = Record<Block, number>;

/** A block's inverted index: for each feature, the cards holding it (ascending) and their weights. */
interface Postings {
  start: Int32Array;
  cards: Int32Array;
  weights: Float64Array;
}

function postingsOf(vectors: readonly CardVectors[], block: Block): Postings {
  let features = 0;
  let entries = 0;
  for (const card of vectors) {
    const { features: ids } = card[block];
    entries += ids.length;
    if (ids.length > 0) features = Math.max(features, ids[ids.length - 1] + 1);
  }
  const start = new Int32Array(features + 1);
  for (const card of vectors) for (const id of card[block].features) start[id + 1]++;
  for (let id = 0; id < features; id++) start[id + 1] += start[id];
  const fill = start.slice(0, features);
  const cards = new Int32Array(entries);
  const weights = new Float64Array(entries);
  vectors.forEach((card, index) => {
    const { features: ids, weights: cardWeights } = card[block];
    for (let at = 0; at < ids.length; at++) {
      const slot = fill[ids[at]]++;
      cards[slot] = index;
      weights[slot] = cardWeights[at];
    }
  });
  return { start, cards, weights };
}

/**
 * Every pair of cards at least `floor` similar: the weighted sum of the blocks' cosines. An inverted
 * index per block visits only pairs that share a feature, each once (a card meets only the cards
 * before it), so a board of scattered topics costs far less than all n² pairs.
 */
export function similarPairs(vectors: readonly CardVectors[], shares: BlockShares, floor: number): SimilarPair[] {
  const blocks = (["words", "grams", "synonyms"] as const)
    .filter((block) => shares[block] > 0)
    .map((block) => ({ share: shares[block], block, postings: postingsOf(vectors, block) }));
  const scores = new Float64Array(vectors.length);
  const touched = new Int32Array(vectors.length);
  const pairs: SimilarPair[] = [];
  for (let index = 0; index < vectors.length; index++) {
    let count = 0;
    for (const { share, block, postings } of blocks) {
      const { features, weights } = vectors[index][block];
      for (let at = 0; at < features.length; at++) {
        const weight = share * weights[at];
        const end = postings.start[features[at] + 1];
        for (let slot = postings.start[features[at]]; slot < end; slot++) {
          const other = postings.cards[slot];
          if (other >= index) break;
          if (scores[other] === 0) touched[count++] = other;
          scores[other] += weight * postings.weights[slot];
        }
      }
    }
    for (let at = 0; at < count; at++) {
      const other = touched[at];
      if (scores[other] >= floor) pairs.push({ a: other, b: index, similarity: scores[other] });
      scores[other] = 0;
    }
  }
  return pairs;
}
