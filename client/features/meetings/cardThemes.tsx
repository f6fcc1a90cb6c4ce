import { createContext, useContext } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { Meeting } from "../../../shared/features/meetings/records";
import { useI18n } from "../../i18n/I18nProvider";
import { formatMeetingDate } from "./schedule";

export type ThemeDates = ReadonlyMap<string, string>;
const NONE: ThemeDates = new Map();

/**
 * MEET-6 on the topic cards: card id → the day of the soonest planned meeting, today or later, that
 * has the card as its theme. The same Map for as long as that answer stays (a registration changes a
 * meeting's counts, not its theme), so the cards do not render again for it. `today` is asked only of
 * a board with meetings: a page's first date format costs a phone a long task.
 */
export function themeDatesSelector(): (board: BoardState, today: () => string) => ThemeDates {
  let lastMeetings: BoardState[string] | undefined;
  let lastToday = "";
  let last = NONE;
  return (board, todayNow) => {
    if (board.meeting === undefined) return NONE;
    const today = todayNow();
    if (board.meeting === lastMeetings && today === lastToday) return last;
    lastMeetings = board.meeting;
    lastToday = today;
    const dates = new Map<string, string>();
    for (const record of Object.values(board.meeting ?? {})) {
      const meeting = record as Meeting;
      if (!meeting.themeCardId || meeting.status !== "planned" || meeting.date < today) continue;
      const known = dates.get(meeting.themeCardId);
      if (!known || meeting.date < known) dates.set(meeting.themeCardId, meeting.date);
    }
    const same = dates.size === last.size && [...dates].every(([cardId, date]) => last.get(cardId) === date);
    if (!same) last = dates.size === 0 ? NONE : dates;
    return last;
  };
}

export const ThemeDatesContext = createContext<ThemeDates>(NONE);

/** "Thema am 24. Jan." on a card that is a coming meeting's theme; nothing otherwise. */
export function CardThemeDate({ cardId }: { cardId: string }) {
  const date = useContext(ThemeDatesContext).get(cardId);
  const { t, language } = useI18n();
  if (!date) return null;
  return (
    <p className="card-theme" data-testid="card-theme">
      {t("meetings.themeOn", { date: formatMeetingDate(date, language, false) })}
    </p>
  );
}
