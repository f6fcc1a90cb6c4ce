/** Where an impulse goes on an agenda, and how a meeting's day and a waiting place read. */
import { rankBetween, rankForIndex } from "../../../shared/ordering";

/** A meeting's day as people read it, e.g. "Fr., 24. Jan. 2027" or "Fri, Jan 24, 2027". */
export function formatMeetingDate(date: string, language: string, withYear = true): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(language, {
    timeZone: "UTC",
    weekday: withYear ? "short" : undefined,
    day: "numeric",
    month: "short",
    year: withYear ? "numeric" : undefined,
  }).format(Date.UTC(year, month - 1, day));
}

/** A rank before the agenda's first entry (a welcome goes there, AGENDA-1). */
export function rankAtStart(agenda: readonly { rank: string }[]): string {
  return rankBetween(null, agenda[0]?.rank ?? null);
}

/** A rank after the agenda's last item (scheduling puts a talk at the end). */
export function rankAtEnd(agenda: readonly { rank: string }[]): string {
  return rankBetween(agenda.at(-1)?.rank ?? null, null);
}

/** An entry of a meeting's agenda as scheduling reads it: a talk (`impulse`) or an item (AGENDA-1). */
interface AgendaSlot {
  type: string;
  rank: string;
  kind?: string;
}

/**
 * Where a newly scheduled talk goes: after the last talk, so a closing round stays last; without
 * talks, before the first closing round; else at the end.
 */
export function rankForNewTalk(agenda: readonly AgendaSlot[]): string {
  const lastTalk = agenda.findLastIndex((entry) => entry.type === "impulse");
  const before =
    lastTalk >= 0 ? lastTalk + 1 : agenda.findIndex((entry) => entry.type === "agendaItem" && entry.kind === "closing");
  if (before < 0 || before >= agenda.length) return rankAtEnd(agenda);
  return rankBetween(agenda[before - 1]?.rank ?? null, agenda[before].rank);
}

/**
 * The rank that moves item `index` of the agenda one place up (-1) or down (+1), between its new
 * neighbours. Null when it is at that end already.
 */
export function rankForMove(agenda: readonly { id: string; rank: string }[], index: number, direction: -1 | 1) {
  const target = index + direction;
  if (index < 0 || index >= agenda.length || target < 0 || target >= agenda.length) return null;
  const others = agenda.filter((_, i) => i !== index);
  return rankForIndex(others, target);
}

/** A waiting registration's place on the list (1 = next), from registrations in their list order. */
export function waitingPosition(
  registrations: readonly { id: string; status: "registered" | "waiting" }[],
  registrationId: string,
): number | null {
  const waiting = registrations.filter((registration) => registration.status === "waiting");
  const index = waiting.findIndex((registration) => registration.id === registrationId);
  return index < 0 ? null : index + 1;
}
