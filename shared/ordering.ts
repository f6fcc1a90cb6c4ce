import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

/** Rank keys are base-62 strings; the library orders them by plain code-unit comparison. */
export const RANK_PATTERN = /^[0-9A-Za-z]+$/;

export function isValidRank(rank: string): boolean {
  if (!RANK_PATTERN.test(rank)) return false;
  try {
    // The library validates its own keys when asked for a key after one.
    generateKeyBetween(rank, null);
    return true;
  } catch {
    return false;
  }
}

/** A rank strictly between two ranks; null means open-ended on that side. */
export function rankBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

interface Ranked {
  id: string;
  rank: string;
}

/** Total order used everywhere: rank first, id breaks ties so every replica sorts alike. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

export function sortRanked<T extends Ranked>(items: readonly T[]): T[] {
  return [...items].sort(compareRanked);
}

/**
 * The rank that puts an item at `index` of `siblings` (already sorted, the moved item excluded).
 * Used by the client to turn a drop position or a keyboard move into a rank.
 */
export function rankForIndex(siblings: readonly Ranked[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = clamped > 0 ? siblings[clamped - 1].rank : null;
  const after = clamped < siblings.length ? siblings[clamped].rank : null;
  if (before !== null && after !== null && before >= after) {
    // Equal neighbours (a tie the server has not repaired yet): place just after `before`.
    return rankBetween(before, null);
  }
  return rankBetween(before, after);
}

/**
 * Moves are last-writer-wins, so two people can drop into the same gap at once and pick the same
 * rank (ORD-2). Instead of rejecting the later one, place it right after the taken rank; a key that
 * is not a valid fractional index puts the item at the end. `sorted` is in rank order (as
 * RecordView.where answers), so this takes a binary search, not a pass over a big column.
 */
export function settleRank(sorted: readonly Ranked[], wanted: string, itemId: string): string {
  if (!isValidRank(wanted)) return rankBetween(lastRankExcept(sorted, itemId), null);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].rank < wanted) low = middle + 1;
    else high = middle;
  }
  let taken = false;
  let at = low;
  for (; at < sorted.length && sorted[at].rank === wanted; at++) if (sorted[at].id !== itemId) taken = true;
  if (!taken) return wanted;
  while (at < sorted.length && sorted[at].id === itemId) at++;
  return rankBetween(wanted, at < sorted.length ? sorted[at].rank : null);
}

function lastRankExcept(sorted: readonly Ranked[], itemId: string): string | null {
  for (let at = sorted.length - 1; at >= 0; at--) if (sorted[at].id !== itemId) return sorted[at].rank;
  return null;
}

/**
 * Keys grow by about one character per six drops into the same gap; past this length a placement
 * re-ranks the whole list evenly in the same change (ORD-3), so keys stay far below LIMITS.rank.
 */
export const REBALANCE_RANK_LENGTH = 48;

/**
 * Puts `item` at the rank it asked for among `siblings` (in rank order; settled as in ORD-2). Returns the items whose
 * rank is new: just the item, or, when its key grew too long, every sibling re-ranked in order.
 */
export function placeRanked<T extends Ranked>(siblings: readonly T[], item: T, wanted: string): T[] {
  const placed = { ...item, rank: settleRank(siblings, wanted, item.id) };
  if (placed.rank.length <= REBALANCE_RANK_LENGTH) return [placed];
  const ordered = sortRanked([...siblings.filter((sibling) => sibling.id !== item.id), placed]);
  const ranks = generateNKeysBetween(null, null, ordered.length);
  return ordered
    .map((sibling, index) => ({ ...sibling, rank: ranks[index] }))
    .filter((sibling, index) => sibling.id === item.id || ordered[index].rank !== sibling.rank);
}
