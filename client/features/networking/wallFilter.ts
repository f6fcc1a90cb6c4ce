import { regionKey } from "../../../shared/features/networking/regions";
import { containsAll, queryWords, type SearchText, searchTextOf } from "../../../shared/features/networking/searchFold";
import { compareText } from "../../core/compareText";
import { type Match, tagKey } from "./matching";

/** What the wall's filter reads of a card (all fields every viewer receives). */
export interface FilterableCard {
  id: string;
  name: string;
  organisation: string;
  role: string;
  fieldsOfWork: readonly string[];
  region: string;
  topics: readonly string[];
  offers: string;
  seeks: string;
  about: string;
  createdAt: number;
}

export type WallSort = "name" | "newest" | "match";

/** NET-UI-3: "" means any. `text` matches when every word of it is in the card (NET-10: case, accents, umlauts). */
export interface WallFilter {
  fieldOfWork: string;
  region: string;
  topic: string;
  text: string;
}

export const NO_FILTER: WallFilter = { fieldOfWork: "", region: "", topic: "", text: "" };

// Cards are replaced, never changed: a card's search text holds until its next version.
const searchTexts = new WeakMap<FilterableCard, SearchText>();

function searchable(card: FilterableCard): SearchText {
  let text = searchTexts.get(card);
  if (text) return text;
  text = searchTextOf(
    [
      card.name,
      card.organisation,
      card.role,
      card.region,
      card.offers,
      card.seeks,
      card.about,
      ...card.fieldsOfWork,
      ...card.topics,
    ].join("\n"),
  );
  searchTexts.set(card, text);
  return text;
}

/** The cards the filter lets through, in the order given. */
export function filterCards<C extends FilterableCard>(cards: readonly C[], filter: WallFilter): C[] {
  const words = queryWords(filter.text);
  const field = tagKey(filter.fieldOfWork);
  const region = regionKey(filter.region);
  const topic = tagKey(filter.topic);
  return cards.filter((card) => {
    if (field && !card.fieldsOfWork.some((each) => tagKey(each) === field)) return false;
    if (region && regionKey(card.region) !== region) return false;
    if (topic && !card.topics.some((each) => tagKey(each) === topic)) return false;
    if (words.length === 0) return true;
    return containsAll(searchable(card), words);
  });
}

const byName = (a: FilterableCard, b: FilterableCard) =>
  compareText(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sorted by name, newest first, or best match first (the viewer's own card first of all, then by
 * score, then by name); without matches (no own card) "match" sorts by name.
 */
export function sortCards<C extends FilterableCard>(
  cards: readonly C[],
  sort: WallSort,
  matches?: ReadonlyMap<string, Match>,
  ownId?: string,
): C[] {
  const sorted = [...cards];
  if (sort === "newest") return sorted.sort((a, b) => b.createdAt - a.createdAt || byName(a, b));
  if (sort === "match" && matches) {
    const score = (card: C) => (card.id === ownId ? Number.POSITIVE_INFINITY : (matches.get(card.id)?.score ?? 0));
    return sorted.sort((a, b) => score(b) - score(a) || byName(a, b));
  }
  return sorted.sort(byName);
}

/** Distinct entries, case-insensitive (the first spelling wins), sorted for a list of choices. */
export function distinctSorted(entries: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const trimmed = entry.trim();
    if (trimmed && !seen.has(tagKey(trimmed))) seen.set(tagKey(trimmed), trimmed);
  }
  return [...seen.values()].sort(compareText);
}
