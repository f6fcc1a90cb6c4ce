import type { RecordView } from "../../core/recordView";
import { type Problem, problem } from "../../errors";
import { WALL_SETTINGS_ID, type WallSettings } from "./records";
import { baseForm } from "./searchFold";

/** One key per region however it is written: case, accents and spacing aside ("görlitz ", "Görlitz"). */
export const regionKey = (region: string) => baseForm(region.trim().replace(/\s+/g, " "));

/**
 * NET-11: a card's region as the board's list spells it. With a list, a region must be one of it
 * (or none, or the card's own region from before, which stays readable); without one, any goes.
 */
export function regionFromList(view: RecordView, region: string, before?: string): string | Problem {
  const list = view.get<WallSettings>("wallSettings", WALL_SETTINGS_ID)?.regions ?? [];
  const key = regionKey(region);
  if (key === "" || list.length === 0) return region;
  const listed = list.find((entry) => regionKey(entry) === key);
  if (listed) return listed;
  if (before !== undefined && regionKey(before) === key) return before;
  return problem("invalid_input", "Choose a region from the board's list.");
}
