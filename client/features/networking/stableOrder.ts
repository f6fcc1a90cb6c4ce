import { useRef } from "react";

/**
 * NET-UI-3: the wall's order holds while people read. A live change never moves a card that is
 * shown; a card that comes in joins at the start (when `newcomersFirst`) or the end, and one that
 * goes leaves its gap. Only a new sort, filter or own card (a new `orderKey`) sorts everything again.
 *
 * Why: besides cards jumping under the reader's eyes, React moves every card between a card's old
 * and new place when one jumps to the front; on a 2,000-card wall that took frames of 0.7–1.2 s.
 */
export function keepOrder<T extends { id: string }>(
  previous: readonly string[],
  items: readonly T[],
  sortNewcomers: (newcomers: T[]) => T[],
  newcomersFirst: boolean,
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const kept = previous.flatMap((id) => byId.get(id) ?? []);
  const known = new Set(previous);
  const newcomers = sortNewcomers(items.filter((item) => !known.has(item.id)));
  return newcomersFirst ? [...newcomers, ...kept] : [...kept, ...newcomers];
}

/** The sorted items, in the order of the last time `orderKey` changed, with live changes kept in place. */
export function useStableOrder<T extends { id: string }>(
  items: readonly T[],
  orderKey: string,
  sort: (items: readonly T[]) => T[],
  newcomersFirst: boolean,
): T[] {
  const last = useRef<{ key: string; ids: string[] } | null>(null);
  const ordered =
    last.current?.key === orderKey ? keepOrder(last.current.ids, items, sort, newcomersFirst) : sort(items);
  last.current = { key: orderKey, ids: ordered.map((item) => item.id) };
  return ordered;
}
