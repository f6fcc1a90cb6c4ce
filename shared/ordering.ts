import { generateKeyBetween } from "fractional-indexing";

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
 * is not a valid fractional index puts the item at the end.
 */
export function settleRank(siblings: readonly Ranked[], wanted: string, itemId: string): string {
  let last: string | null = null;
  let next: string | null = null;
  let taken = false;
  for (const sibling of siblings) {
    if (sibling.id === itemId) continue;
    if (last === null || sibling.rank > last) last = sibling.rank;
    if (sibling.rank === wanted) taken = true;
    if (sibling.rank > wanted && (next === null || sibling.rank < next)) next = sibling.rank;
  }
  if (!isValidRank(wanted)) return rankBetween(last, null);
  return taken ? rankBetween(wanted, next) : wanted;
}
