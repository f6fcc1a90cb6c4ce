import type { Card } from "../../../shared/model";
import { compareRanked } from "../../../shared/ordering";

/** Where a chunk begins in a column's order (rank, then id). */
interface Bound {
  rank: string;
  id: string;
}

/** A run of consecutive cards of one column, rendered as one element the browser may skip. */
export interface CardChunk {
  /** Stable while the chunk exists, so React keeps its element and its cards' elements. */
  key: string;
  bound: Bound;
  cards: readonly Card[];
}

export interface ChunkedCards {
  chunks: readonly CardChunk[];
  /** The ids of all cards in the chunks, to tell new cards from known ones next time. */
  known: ReadonlySet<string>;
}

/** Cards per chunk: a screenful or two, so the browser lays out little more than what is visible. */
export const CHUNK_SIZE = 10;

/**
 * Splits a column's sorted cards into chunks. A chunk is a range of the column's order that stays
 * put while cards come and go, so a card changes chunk (and React re-creates its element, which
 * loses focus) only when the card itself moves, or when its chunk grew past twice the size by
 * insertions and is split. Cards appended after a full last chunk start a new chunk.
 */
export function chunkCards(
  cards: readonly Card[],
  previous: ChunkedCards | null,
  size: number = CHUNK_SIZE,
): ChunkedCards {
  const known = new Set(cards.map((card) => card.id));
  if (cards.length === 0) return { chunks: [], known };
  const starts: { key: string; bound: Bound }[] =
    previous && previous.chunks.length > 0
      ? previous.chunks.map(({ key, bound }) => ({ key, bound }))
      : [{ key: "", bound: boundOf(cards[0]) }];

  // Each card goes to the last bound at or before it; cards before the first bound to the first chunk.
  const groups: Card[][] = starts.map(() => []);
  let index = 0;
  for (const card of cards) {
    while (index + 1 < starts.length && compareRanked(starts[index + 1].bound, card) <= 0) index++;
    groups[index].push(card);
  }
  const runs = groups.map((group, i) => ({ ...starts[i], cards: group })).filter((run) => run.cards.length > 0);

  // New cards at the end of a full last chunk open a chunk of their own instead of growing it.
  const last = runs.at(-1);
  if (last && previous) {
    let firstNew = last.cards.length;
    while (firstNew > 0 && !previous.known.has(last.cards[firstNew - 1].id)) firstNew--;
    if (firstNew >= size && firstNew < last.cards.length) {
      runs.push({ key: "", bound: boundOf(last.cards[firstNew]), cards: last.cards.slice(firstNew) });
      last.cards = last.cards.slice(0, firstNew);
    }
  }

  const reusable = new Map(previous?.chunks.map((chunk) => [chunk.key, chunk]));
  const used = new Set(runs.map((run) => run.key));
  const chunks: CardChunk[] = [];
  for (const run of runs) {
    // A chunk twice too big is cut into chunks of `size`; the first piece keeps its key.
    const pieces = run.cards.length > 2 * size ? Math.ceil(run.cards.length / size) : 1;
    for (let piece = 0; piece < pieces; piece++) {
      const slice = pieces === 1 ? run.cards : run.cards.slice(piece * size, (piece + 1) * size);
      const bound = piece === 0 ? run.bound : boundOf(slice[0]);
      const key = piece === 0 && run.key ? run.key : freshKey(bound, used);
      const before = reusable.get(key);
      const same =
        before !== undefined &&
        before.cards.length === slice.length &&
        before.cards.every((card, i) => card === slice[i]);
      chunks.push(same ? before : { key, bound, cards: slice });
    }
  }
  return { chunks, known };
}

const boundOf = (card: Card): Bound => ({ rank: card.rank, id: card.id });

/** A key no chunk of this column uses: named after where the chunk begins. */
function freshKey(bound: Bound, used: Set<string>): string {
  let key = `${bound.rank}~${bound.id}`;
  while (used.has(key)) key += "+";
  used.add(key);
  return key;
}
