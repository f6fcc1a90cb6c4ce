import type { Token } from "./tokens";

/** A word of a card and whether it stood in the title. */
export interface PlacedToken extends Token {
  inTitle: boolean;
}

const MAX_TERMS = 2;
/** A stem this long inside another one counts for it too ("genossenschaft" in "energiegenossenschaft"). */
const MIN_PART = 4;

/**
 * A short label for a group: its most characteristic words, as people wrote them. First the stems
 * most of the group's cards hold (alone or inside a compound; in a title counts half again), among
 * those the rarest on the board; stems fewer than two cards hold are taken only when no stem is
 * shared. Each shows in the spelling used most often.
 */
export function groupLabel(
  members: readonly PlacedToken[][],
  documentFrequency: ReadonlyMap<string, number>,
  cards: number,
): string {
  const stemsOf = members.map((tokens) => new Set(tokens.map((token) => token.stem)));
  const titleStemsOf = members.map((tokens) => new Set(tokens.filter((t) => t.inTitle).map((t) => t.stem)));
  const spellings = new Map<string, Map<string, number>>();
  for (const { stem, surface } of members.flat()) {
    const counts = spellings.get(stem) ?? new Map<string, number>();
    counts.set(surface, (counts.get(surface) ?? 0) + 1);
    spellings.set(stem, counts);
  }
  // One text per card, so that "inside another stem" is one search (the separator is no letter).
  const textOf = new Map([...stemsOf, ...titleStemsOf].map((stems) => [stems, ` ${[...stems].join(" ")} `] as const));
  const holds = (stems: Set<string>, stem: string) =>
    stems.has(stem) || (stem.length >= MIN_PART && (textOf.get(stems) as string).includes(stem));
  const scored = [...spellings.keys()].map((stem) => {
    const cardsHolding = stemsOf.filter((stems) => holds(stems, stem)).length;
    const titlesHolding = titleStemsOf.filter((stems) => holds(stems, stem)).length;
    const rarity = Math.log(1 + cards / (documentFrequency.get(stem) ?? 1));
    return { stem, cardsHolding, held: cardsHolding + titlesHolding / 2, rarity };
  });
  const shared = scored.filter((entry) => entry.cardsHolding > 1);
  return (shared.length > 0 ? shared : scored)
    .sort((x, y) => y.held - x.held || y.rarity - x.rarity || x.stem.localeCompare(y.stem))
    .slice(0, MAX_TERMS)
    .map(({ stem }) => mostUsed(spellings.get(stem) as Map<string, number>))
    .join(", ");
}

/** The spelling used most often; among equals a capitalised one (a noun), then the first in order. */
function mostUsed(counts: Map<string, number>): string {
  const capitalised = (word: string) => (word[0] !== word[0].toLocaleLowerCase("de") ? 1 : 0);
  return [...counts].sort((x, y) => y[1] - x[1] || capitalised(y[0]) - capitalised(x[0]))[0][0];
}
