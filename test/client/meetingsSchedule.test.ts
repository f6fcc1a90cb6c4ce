import { describe, expect, it, vi } from "vitest";
import { themeDatesSelector } from "../../client/features/meetings/cardThemes";
import {
  formatMeetingDate,
  rankAtEnd,
  rankAtStart,
  rankForMove,
  rankForNewTalk,
  waitingPosition,
} from "../../client/features/meetings/schedule";
import { berlinToday, splitMeetings } from "../../shared/features/meetings/days";
import type { Meeting } from "../../shared/features/meetings/records";
import { sortRanked } from "../../shared/ordering";

const meeting = (id: string, date: string, startTime = "18:00") => ({ id, date, startTime }) as Meeting;

describe("meetings in time (client)", () => {
  it("MEET-UI-2 today is Berlin's day, also around midnight UTC", () => {
    // 23:30 UTC on 31 Dec is already 1 January in Berlin (UTC+1 in winter).
    expect(berlinToday(Date.UTC(2026, 11, 31, 23, 30))).toBe("2027-01-01");
    expect(berlinToday(Date.UTC(2026, 11, 31, 22, 59))).toBe("2026-12-31");
    // Summer time: UTC+2.
    expect(berlinToday(Date.UTC(2027, 6, 14, 21, 59))).toBe("2027-07-14");
    expect(berlinToday(Date.UTC(2027, 6, 14, 22, 0))).toBe("2027-07-15");
  });

  it("MEET-UI-2 upcoming (today included) soonest first, past ones below, latest first", () => {
    const meetings = [
      meeting("a", "2027-01-24"),
      meeting("b", "2027-01-10"),
      meeting("c", "2027-01-20", "19:00"),
      meeting("d", "2027-01-20", "09:00"),
      meeting("e", "2027-01-02"),
    ];
    const { upcoming, past } = splitMeetings(meetings, "2027-01-20");
    expect(upcoming.map((m) => m.id)).toEqual(["d", "c", "a"]);
    expect(past.map((m) => m.id)).toEqual(["b", "e"]);
  });

  it("UI-1 a meeting's day reads in German and English", () => {
    expect(formatMeetingDate("2027-01-24", "de")).toBe("So., 24. Jan. 2027");
    expect(formatMeetingDate("2027-01-22", "de")).toBe("Fr., 22. Jan. 2027");
    expect(formatMeetingDate("2027-01-22", "en")).toBe("Fri, Jan 22, 2027");
    expect(formatMeetingDate("2027-01-22", "de", false)).toBe("22. Jan.");
  });
});

describe("agenda ranks and the waiting list (client)", () => {
  const agenda = [
    { id: "x", rank: "a0" },
    { id: "y", rank: "a1" },
    { id: "z", rank: "a2" },
  ];
  const order = (moved: string, rank: string) =>
    sortRanked(agenda.map((item) => (item.id === moved ? { ...item, rank } : item))).map((item) => item.id);

  it("IMP-3 scheduling puts a talk after the agenda's last item", () => {
    expect(rankAtEnd(agenda) > "a2").toBe(true);
    expect(typeof rankAtEnd([])).toBe("string");
  });

  it("IMP-3 moving up or down lands between the new neighbours, and not past the ends", () => {
    expect(order("z", rankForMove(agenda, 2, -1) ?? "")).toEqual(["x", "z", "y"]);
    expect(order("x", rankForMove(agenda, 0, 1) ?? "")).toEqual(["y", "x", "z"]);
    expect(order("y", rankForMove(agenda, 1, -1) ?? "")).toEqual(["y", "x", "z"]);
    expect(order("y", rankForMove(agenda, 1, 1) ?? "")).toEqual(["x", "z", "y"]);
    expect(rankForMove(agenda, 0, -1)).toBeNull();
    expect(rankForMove(agenda, 2, 1)).toBeNull();
  });

  it("MEET-4 a waiting registration's place counts only those waiting before it", () => {
    const list = [
      { id: "r1", status: "registered" as const },
      { id: "r2", status: "waiting" as const },
      { id: "r3", status: "waiting" as const },
    ];
    expect(waitingPosition(list, "r3")).toBe(2);
    expect(waitingPosition(list, "r2")).toBe(1);
    expect(waitingPosition(list, "r1")).toBeNull();
  });
});

describe("theme cards (client)", () => {
  const planned = (id: string, date: string, themeCardId: string | null, extra: Partial<Meeting> = {}) =>
    ({ type: "meeting", id, date, themeCardId, status: "planned", registered: 0, ...extra }) as Meeting;
  const boardOf = (...meetings: Meeting[]) => ({ meeting: Object.fromEntries(meetings.map((m) => [m.id, m])) });

  it("MEET-6 a card shows the soonest coming planned meeting it is the theme of", () => {
    const select = themeDatesSelector();
    const dates = select(
      boardOf(
        planned("m1", "2027-03-01", "card1"),
        planned("m2", "2027-02-01", "card1"),
        planned("m3", "2026-01-01", "card2"),
        planned("m4", "2027-02-01", "card3", { status: "cancelled" }),
      ),
      () => "2026-12-01",
    );
    expect([...dates]).toEqual([["card1", "2027-02-01"]]);
  });

  it("MEET-6 a board without meetings does not ask for today's date (a page's first date format is a long task)", () => {
    const select = themeDatesSelector();
    const today = vi.fn(() => "2026-12-01");
    expect(select({ card: {} }, today).size).toBe(0);
    expect(today).not.toHaveBeenCalled();
    expect(select(boardOf(planned("m1", "2027-03-01", "card1")), today).get("card1")).toBe("2027-03-01");
    expect(today).toHaveBeenCalled();
  });

  it("UI-5 the same Map while the answer stays, so cards do not render again for a registration", () => {
    const select = themeDatesSelector();
    const first = select(boardOf(planned("m1", "2027-03-01", "card1")), () => "2026-12-01");
    const counted = select(boardOf(planned("m1", "2027-03-01", "card1", { registered: 5 })), () => "2026-12-01");
    expect(counted).toBe(first);
    const moved = select(boardOf(planned("m1", "2027-03-02", "card1")), () => "2026-12-01");
    expect(moved).not.toBe(first);
    expect(moved.get("card1")).toBe("2027-03-02");
  });

  it("AGENDA-1 a new talk goes after the last talk (a closing round stays last), a welcome can go first", () => {
    const talk = (rank: string) => ({ type: "impulse", rank });
    const item = (kind: string, rank: string) => ({ type: "agendaItem", kind, rank });
    const between = (rank: string, before: string, after: string | null) =>
      rank > before && (after === null || rank < after);
    const agenda = [item("welcome", "a0"), talk("a1"), item("break", "a2"), talk("a3"), item("closing", "a4")];
    expect(between(rankForNewTalk(agenda), "a3", "a4")).toBe(true);
    // No talk yet: before the closing round; nothing at all: anywhere.
    expect(between(rankForNewTalk([item("welcome", "a0"), item("closing", "a4")]), "a0", "a4")).toBe(true);
    expect(between(rankForNewTalk([item("welcome", "a0"), item("break", "a1")]), "a1", null)).toBe(true);
    expect(rankForNewTalk([])).toBe(rankAtEnd([]));
    expect(rankAtStart(agenda) < "a0").toBe(true);
  });
});
