import type { SimilarPair } from "./similarity";

export interface GroupingRules {
  joinAt: number;
  meanLinkAt: number;
  maxGroupSize: number;
}

interface Group {
  members: number[];
  /** Sum of the similarities of all pairs of members. */
  inner: number;
}

/**
 * Greedy merging: the most similar pairs first; a pair joins its two cards' groups only while the
 * mean similarity over all pairs of the merged group stays at `meanLinkAt` (average linkage; pairs
 * not given, those below `meanLinkAt`, count 0). One strong pair cannot chain two unrelated topics together that way.
 * Groups of two or more cards, as lists of card indices in ascending order.
 */
export function greedyGroups(cards: number, pairs: readonly SimilarPair[], rules: GroupingRules): number[][] {
  const similarity = neighbourTable(cards, pairs);
  const groupOf: Group[] = Array.from({ length: cards }, (_, index) => ({ members: [index], inner: 0 }));
  const strongest = pairs.filter((pair) => pair.similarity >= rules.joinAt).sort((x, y) => y.similarity - x.similarity);
  for (const { a, b } of strongest) {
    const first = groupOf[a];
    const second = groupOf[b];
    const size = first.members.length + second.members.length;
    if (first === second || size > rules.maxGroupSize) continue;
    let across = 0;
    for (const x of first.members) for (const y of second.members) across += similarity(x, y);
    const inner = first.inner + second.inner + across;
    if (inner / ((size * (size - 1)) / 2) < rules.meanLinkAt) continue;
    const merged: Group = { members: [...first.members, ...second.members], inner };
    for (const member of merged.members) groupOf[member] = merged;
  }
  const groups = new Set(groupOf.filter((group) => group.members.length > 1));
  return [...groups].map((group) => [...group.members].sort((x, y) => x - y));
}

/**
 * The similarity of any two cards, 0 for pairs not given: each card's neighbours sorted, searched by
 * halves (a map of all pairs costs far more on a board of 1,000 alike cards).
 */
function neighbourTable(cards: number, pairs: readonly SimilarPair[]): (x: number, y: number) => number {
  const start = new Int32Array(cards + 1);
  for (const { a } of pairs) start[a + 1]++;
  for (let card = 0; card < cards; card++) start[card + 1] += start[card];
  const fill = start.slice(0, cards);
  const others = new Int32Array(pairs.length);
  const values = new Float64Array(pairs.length);
  // similarPairs gives pairs with b ascending, so each card's neighbours arrive sorted.
  for (const { a, b, similarity } of pairs) {
    const slot = fill[a]++;
    others[slot] = b;
    values[slot] = similarity;
  }
  return (x, y) => {
    const [low, high] = x < y ? [x, y] : [y, x];
    let from = start[low];
    let to = start[low + 1] - 1;
    while (from <= to) {
      const middle = (from + to) >> 1;
      if (others[middle] === high) return values[middle];
      if (others[middle] < high) from = middle + 1;
      else to = middle - 1;
    }
    return 0;
  };
}
