/** Meetings (the Stammtisch) with registrations and impulse talks; the view itself is a lazy chunk. */
import { lazyPart } from "../../core/lazyPart";

export const MeetingsView = lazyPart(() => import("./MeetingsView").then((m) => m.MeetingsView));
export { berlinToday } from "../../../shared/features/meetings/days";
export { CardThemeDate, type ThemeDates, ThemeDatesContext, themeDatesSelector } from "./cardThemes";
