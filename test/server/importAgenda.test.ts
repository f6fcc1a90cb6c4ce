import { describe, expect, it } from "vitest";
import { BoardImportBody, importedRecords } from "../../server/features/exports/importBoard";
import { asTemplate, type BoardExport } from "../../shared/boardExport";
import type { BaseRecord } from "../../shared/core/records";

const NOW = Date.UTC(2026, 11, 6, 12);

const meeting = (id: string, date: string, status: "planned" | "cancelled") => ({
  type: "meeting",
  id,
  theme: `Treffen ${id}`,
  description: "",
  date,
  startTime: "18:30",
  endTime: "20:00",
  place: "",
  onlineLink: null,
  slots: 3,
  registration: "closed",
  capacity: null,
  status,
  documentation: { text: status === "planned" ? "Protokoll" : "", link: null },
});
const item = (id: string, meetingId: string, kind: string, title: string, minutes: number, rank: string) => ({
  type: "agendaItem",
  id,
  meetingId,
  kind,
  title,
  minutes,
  rank,
});

const exported: BoardExport = {
  format: "themenwand-board",
  version: 1,
  exportedAt: "2026-12-06T12:00:00Z",
  revision: 9,
  board: { id: "board-source1", title: "Stammtisch", description: "" },
  records: [
    meeting("meet-past-cancel", "2021-03-04", "cancelled"),
    meeting("meet-past-held01", "2021-04-01", "planned"),
    meeting("meet-coming-0001", "2031-05-06", "planned"),
    item("item-welcome-01", "meet-coming-0001", "welcome", "Begrüßung", 10, "a0"),
    item("item-closing-01", "meet-coming-0001", "closing", "Abschlussrunde", 20, "a2"),
    item("item-cancel-001", "meet-past-cancel", "break", "Pause", 15, "a1"),
  ] as unknown as BaseRecord[],
};

function imported(source: BoardExport) {
  let ids = 0;
  const result = importedRecords(BoardImportBody.parse(JSON.parse(JSON.stringify(source))), {
    boardId: "board-imported",
    now: NOW,
    newId: () => `id-imported-${++ids}-xxxx`,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.records as unknown as Record<string, unknown>[];
}

describe("importing meetings and their agendas (TPL-1, TPL-3, MEET-11, AGENDA-1)", () => {
  it("MEET-11 TPL-1 a meeting cancelled in the past comes back cancelled, on its own date (cancelling it anew would be refused)", () => {
    const records = imported(exported);
    const meetings = records.filter((record) => record.type === "meeting");
    expect(meetings.map((m) => [m.date, m.status])).toEqual([
      ["2021-03-04", "cancelled"],
      ["2021-04-01", "planned"],
      ["2031-05-06", "planned"],
    ]);
    expect(meetings[1]).toMatchObject({ documentation: { text: "Protokoll", link: null } });
  });

  it("AGENDA-1 TPL-1 TPL-3 agenda items come back on their meeting in order; a duplicated board keeps its programme", () => {
    const records = imported(exported);
    const coming = records.find((record) => record.type === "meeting" && record.date === "2031-05-06");
    const items = records.filter((record) => record.type === "agendaItem");
    // The cancelled meeting's items stay behind: nothing of its programme takes place (MEET-9).
    expect(items.map((each) => [each.title, each.minutes, each.meetingId])).toEqual([
      ["Begrüßung", 10, coming?.id],
      ["Abschlussrunde", 20, coming?.id],
    ]);
    const template = asTemplate(exported, { cards: false, title: "Kopie" });
    expect(template.records.filter((record) => record.type === "agendaItem")).toHaveLength(3);
    // A template's meetings are all planned again, so the cancelled one's break comes along too.
    expect(imported(template).filter((record) => record.type === "agendaItem")).toHaveLength(3);
  });
});
