import { describe, expect, it } from "vitest";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp } from "../helpers/clients";
import { meetingAddOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

/** A moderator's and a presenter's socket on a new board, with a meeting on `date` and the presenter's talk on it. */
async function talkOnMeeting(date: string) {
  const { boardId, moderatorKey } = await createBoard(server().url);
  const mod = await connected(rawClient(server().url));
  expect(await join(mod, { boardId, since: null, moderatorKey })).toMatchObject({ ok: true });
  const presenter = await connected(rawClient(server().url));
  expect(await join(presenter, { boardId, since: null })).toMatchObject({ ok: true });
  let n = 0;
  const send = (socket: typeof mod, op: Op) => sendOp(socket, `op-times-${date}-${++n}`, op);
  expect(await send(mod, meetingAddOp({ meetingId: "meet-times", date }))).toMatchObject({ ok: true });
  const offer: Op = {
    type: "impulse.offer",
    impulseId: "imp-times-01",
    title: "Solardach",
    abstract: "",
    presenterName: "Pia",
    organisation: "",
    minutes: 10,
    preferredMeetingId: null,
    contactEmail: "pia@example.org",
    noteToModerators: "",
  };
  expect(await send(presenter, offer)).toMatchObject({ ok: true });
  expect(await send(mod, { type: "impulse.accept", impulseId: "imp-times-01", note: "" })).toMatchObject({ ok: true });
  expect(
    await send(mod, { type: "impulse.schedule", impulseId: "imp-times-01", meetingId: "meet-times", rank: "a0" }),
  ).toMatchObject({ ok: true });
  return { mod, send, boardId };
}

describe("a meeting's time on a real server (MEET-11)", () => {
  it("MEET-11 a talk of a meeting still to come is not marked held: forbidden, and the talk stays scheduled", async () => {
    const { mod, send, boardId } = await talkOnMeeting("2031-03-12");
    const answer = await send(mod, { type: "impulse.held", impulseId: "imp-times-01" });
    expect(answer).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    const snapshot = await (await fetch(`${server().url}/api/boards/${boardId}`)).json();
    const talk = snapshot.records.find((record: { id: string }) => record.id === "imp-times-01");
    expect(talk).toMatchObject({ status: "scheduled" });
  });

  it("MEET-11 a talk of a meeting that has begun is marked held", async () => {
    const { mod, send } = await talkOnMeeting("2021-03-12");
    expect(await send(mod, { type: "impulse.held", impulseId: "imp-times-01" })).toMatchObject({ ok: true });
  });

  it("MEET-11 a meeting that is over is not cancelled: forbidden, and it stays planned with its talk", async () => {
    const { mod, send, boardId } = await talkOnMeeting("2021-03-12");
    const answer = await send(mod, { type: "meeting.cancel", meetingId: "meet-times" });
    expect(answer).toMatchObject({ ok: false, problem: { code: "forbidden" } });
    const snapshot = await (await fetch(`${server().url}/api/boards/${boardId}`)).json();
    const ids = (type: string) =>
      snapshot.records
        .filter((record: { type: string }) => record.type === type)
        .map((r: { status: string }) => r.status);
    expect(ids("meeting")).toEqual(["planned"]);
    expect(ids("impulse")).toEqual(["scheduled"]);
    // One still to come is cancelled as before.
    const later = await talkOnMeeting("2031-03-12");
    expect(await later.send(later.mod, { type: "meeting.cancel", meetingId: "meet-times" })).toMatchObject({
      ok: true,
    });
  });
});
