import { describe, expect, it } from "vitest";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const item = (itemId: string, kind: string, title: string, minutes: number, rank: string) =>
  ({ type: "agendaItem.add", itemId, meetingId: "meet-agenda", kind, title, minutes, rank }) as Op;

/** A board with a meeting at 18:30: a welcome, a talk, a break and a closing round, over a moderator's socket. */
async function eveningBoard() {
  const { boardId, moderatorKey } = await createBoard(server().url);
  const mod = await connected(rawClient(server().url));
  expect(await join(mod, { boardId, since: null, moderatorKey })).toMatchObject({ ok: true });
  const participant = await connected(rawClient(server().url));
  expect(await join(participant, { boardId, since: null })).toMatchObject({ ok: true });
  let n = 0;
  const send = (socket: typeof mod, op: unknown) => sendOp(socket, `op-agenda-${++n}`, op as Op);
  const ok = async (socket: typeof mod, op: unknown) => expect(await send(socket, op)).toMatchObject({ ok: true });
  await ok(mod, meetingAddOp({ meetingId: "meet-agenda", theme: "Wärmewende", startTime: "18:30", endTime: "21:00" }));
  await ok(mod, item("item-welcome", "welcome", "Begrüßung", 10, "a0"));
  await ok(participant, {
    type: "impulse.offer",
    impulseId: "imp-agenda-01",
    title: "Solardach",
    abstract: "",
    presenterName: "Pia",
    organisation: "",
    minutes: 20,
    preferredMeetingId: null,
    contactEmail: "pia@example.org",
    noteToModerators: "",
  });
  await ok(mod, { type: "impulse.accept", impulseId: "imp-agenda-01", note: "" });
  await ok(mod, { type: "impulse.schedule", impulseId: "imp-agenda-01", meetingId: "meet-agenda", rank: "a1" });
  await ok(mod, item("item-break01", "break", "Kaffeepause", 15, "a2"));
  await ok(mod, item("item-closing", "closing", "Abschlussrunde", 30, "a3"));
  return { boardId, moderatorKey, mod, participant, send };
}

const snapshotOf = async (boardId: string) => (await fetch(`${server().url}/api/boards/${boardId}`)).text();

describe("agenda items on a real server (AGENDA-1, AGENDA-3)", () => {
  it("AGENDA-1 bad input and a participant are refused with a typed problem, and nothing changes", async () => {
    const { boardId, mod, participant, send } = await eveningBoard();
    const before = await snapshotOf(boardId);
    const refusals: [typeof mod, unknown, string][] = [
      [mod, item("item-bad-001", "welcome", "Begrüßung", 0, "b0"), "invalid_input"],
      [mod, item("item-bad-002", "welcome", "Begrüßung", 241, "b0"), "invalid_input"],
      [mod, item("item-bad-003", "party", "Feier", 10, "b0"), "invalid_input"],
      [mod, item("item-bad-004", "break", "", 10, "b0"), "invalid_input"],
      [mod, { ...item("item-bad-005", "break", "Pause", 10, "b0"), extra: 1 }, "invalid_input"],
      [mod, { type: "agendaItem.move", itemId: "item-break01", rank: "" }, "invalid_input"],
      [
        mod,
        { type: "agendaItem.update", itemId: "item-break01", kind: "break", title: "P", minutes: 5 },
        "invalid_input",
      ],
      [mod, { type: "agendaItem.remove", itemId: "item-not-there" }, "not_found"],
      [
        mod,
        { type: "agendaItem.update", itemId: "item-break01", baseVersion: 7, kind: "break", title: "P", minutes: 5 },
        "conflict",
      ],
      [participant, item("item-mine-001", "other", "Meins", 5, "b0"), "forbidden"],
      [participant, { type: "agendaItem.remove", itemId: "item-welcome" }, "forbidden"],
      [participant, { type: "agendaItem.move", itemId: "item-welcome", rank: "b0" }, "forbidden"],
    ];
    for (const [socket, op, code] of refusals) {
      expect(await send(socket, op), JSON.stringify(op)).toMatchObject({ ok: false, problem: { code } });
    }
    expect(await snapshotOf(boardId)).toBe(before);
  });

  it("AGENDA-3 the programme route, the meeting's calendar and the minutes show the items with their times", async () => {
    const { boardId, moderatorKey } = await eveningBoard();
    const programme = await (await fetch(`${server().url}/api/boards/${boardId}/meetings`)).json();
    const meeting = [...programme.upcoming, ...programme.past].find((each) => each.id === "meet-agenda");
    expect(
      meeting.agenda.map((entry: { kind: string; start: string; end: string; title: string }) => [
        entry.kind,
        entry.start,
        entry.end,
        entry.title,
      ]),
    ).toEqual([
      ["item", "18:30", "18:40", "Begrüßung"],
      ["talk", "18:40", "19:00", "Solardach"],
      ["item", "19:00", "19:15", "Kaffeepause"],
      ["item", "19:15", "19:45", "Abschlussrunde"],
    ]);
    expect(meeting.agenda[2]).toMatchObject({ itemId: "item-break01", itemKind: "break", minutes: 15 });

    const ics = await (await fetch(`${server().url}/api/boards/${boardId}/meetings/meet-agenda.ics`)).text();
    const unfolded = ics.replace(/\r\n[ \t]/g, "").replace(/\\n/gi, "\n");
    expect(unfolded).toContain("18:30 Begrüßung\n18:40 Solardach (Pia)\n19:00 Kaffeepause\n19:15 Abschlussrunde");

    const minutes = await (
      await fetch(`${server().url}/api/boards/${boardId}/export.md`, { headers: { "X-Moderator-Key": moderatorKey } })
    ).text();
    expect(minutes).toContain(
      [
        "- 18:30 Begrüßung (10 Min.)",
        "- 18:40 **Solardach** (Pia, 20 Min.)",
        "- 19:00 Kaffeepause (15 Min.)",
        "- 19:15 Abschlussrunde (30 Min.)",
      ].join("\n"),
    );
  });
});
