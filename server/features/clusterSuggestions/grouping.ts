import type { SimilarPair } from "./similarity";

export interface GroupingRules {
  joinAt: number;
  meanLinkAt: number;
  maxGroupSize: number;
}

const pairKey = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Greedy merging: the most similar pairs first; a pair joins its two cards' groups only while the
 * mean similarity over all pairs of the merged group stays at `meanLinkAt` (average linkage, pairs
 * below the floor counting 0). One strong pair cannot chain two unrelated topics together that way.
 * Groups of two or more cards, as lists of card indices in ascending order.
 */
export function greedyGroups(cards: number, pairs: readonly SimilarPair[], rules: GroupingRules): number[][] {
  const similarity = new Map(pairs.map((pair) => [pairKey(pair.a, pair.b), pair.similarity]));
  const groupOf = Array.from({ length: cards }, (_, index) => [index]);
  const strongest = pairs.filter((pair) => pair.similarity >= rules.joinAt).sort((x, y) => y.similarity - x.similarity);
  for (const { a, b } of strongest) {
    const first = groupOf[a];
    const second = groupOf[b];
    if (first === second || first.length + second.length > rules.maxGroupSize) continue;
    const group = [...first, ...second];
    if (meanWithin(group, similarity) < rules.meanLinkAt) continue;
    for (const member of group) groupOf[member] = group;
  }
  const groups = new Set(groupOf.filter((group) => group.length > 1));
  return [...groups].map((group) => [...group].sort((x, y) => x - y));
}

function meanWithin(group: readonly number[], similarity: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) sum += similarity.get(pairKey(group[i], group[j])) ?? 0;
  }
  return sum / ((group.length * (group.length - 1)) / 2);
}
