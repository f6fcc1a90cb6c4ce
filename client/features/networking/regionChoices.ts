import { regionKey } from "../../../shared/features/networking/regions";
import { compareText } from "../../core/compareText";

/**
 * NET-11: the regions to choose from when filtering: the board's list in its order of spelling, then
 * regions on cards the list does not name (cards from before the list), one choice per region however
 * it is written ("görlitz", "Görlitz ", "Gorlitz" are one), sorted.
 */
export function regionChoices(list: readonly string[], cards: readonly { region: string }[]): string[] {
  const byKey = new Map<string, string>();
  for (const region of [...list, ...cards.map((card) => card.region)]) {
    const trimmed = region.trim();
    const key = regionKey(trimmed);
    if (key && !byKey.has(key)) byKey.set(key, trimmed);
  }
  return [...byKey.values()].sort(compareText);
}
