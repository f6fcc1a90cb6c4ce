import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import type { BaseRecord } from "../../shared/core/records";
import type { Meeting } from "../../shared/features/meetings";
import { berlinToday } from "../../shared/features/meetings/days";
import { connected, join, rawClient, waitFor } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const postOp = (boardId: string, op: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server().url}/api/boards/${boardId}/ops`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ op }),
  });

const meetingAdd = (meetingId: string, date: string, extra: Record<string, unknown> = {}) => ({
  type: "meeting.add",
  meetingId,
  theme: "Wärmewende im Quartier",
  date,
  startTime: "18:00",
  endTime: "20:00",
  ...extra,
});

const recordsOf = async (boardId: string, headers: Record<string, string> = {}) =>
  ((await (await fetch(`${server().url}/api/boards/${boardId}`, { headers })).json()) as { records: BaseRecord[] })
    .records;

/** A day `days` from Berlin's today, as YYYY-MM-DD. */
const dayFromToday = (days: number) => {
  const [year, month, day] = berlinToday().split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

describe("REST ops for scripts (API-5)", () => {
  it("API-5 a moderator's script adds a meeting that live clients see at once, and a retry adds nothing", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const watcher = await connected(rawClient(server().url));
    await join(watcher, { boardId, since: null });
    const frames: Committed[] = [];
    watcher.on("changes", (batch) => frames.push(...batch));

    const headers = { "X-Moderator-Key": moderatorKey, "Idempotency-Key": "year-plan-0001" };
    const op = meetingAdd("meeting-api-0001", dayFromToday(30));
    const first = await postOp(boardId, op, headers);
    expect(first.status).toBe(201);
    const committed = (await first.json()) as Committed;
    expect(committed.revision).toBe(1);
    await waitFor(() => frames.find((frame) => frame.revision === 1), "the meeting reaches the live client");
    expect(frames[0].writes[0]).toMatchObject({ put: { type: "meeting", theme: "Wärmewende im Quartier" } });

    const retry = await postOp(boardId, op, headers);
    expect(retry.status).toBe(201);
    expect(((await retry.json()) as Committed).revision).toBe(1);
    const reused = await postOp(boardId, { ...op, theme: "Etwas anderes" }, headers);
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe("op_id_reused");
    expect((await recordsOf(boardId)).filter((record) => record.type === "meeting")).toHaveLength(1);
    watcher.disconnect();
  });

  it("API-5 refuses what the caller may not do or did not say right, with a typed error, changing nothing", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const asParticipant = await postOp(boardId, meetingAdd("meeting-api-0002", dayFromToday(3)));
    expect(asParticipant.status).toBe(403);
    expect((await asParticipant.json()).error.code).toBe("forbidden");
    const wrongKey = await postOp(boardId, meetingAdd("meeting-api-0003", dayFromToday(3)), {
      "X-Moderator-Key": `${moderatorKey.slice(0, -2)}xx`,
    });
    expect(wrongKey.status).toBe(403);
    for (const op of [{ type: "meeting.explode" }, meetingAdd("meeting-api-0004", "2027-02-30"), "text"]) {
      const bad = await postOp(boardId, op, { "X-Moderator-Key": moderatorKey });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.code).toBe("invalid_input");
    }
    const badKey = await postOp(boardId, meetingAdd("meeting-api-0005", dayFromToday(3)), {
      "X-Moderator-Key": moderatorKey,
      "Idempotency-Key": "no spaces allowed",
    });
    expect(badKey.status).toBe(400);
    const unknown = await postOp("no-such-board-at-all", meetingAdd("meeting-api-0006", dayFromToday(3)));
    expect(unknown.status).toBe(404);
    expect((await recordsOf(boardId, { "X-Moderator-Key": moderatorKey })).some((r) => r.type === "meeting")).toBe(
      false,
    );
  });

  it("API-5 MEET-3 a participant's script registers with its author token, and only that author reads it", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    await postOp(boardId, meetingAdd("meeting-api-0007", dayFromToday(7), { onlineLink: "https://meet.example/x" }), {
      "X-Moderator-Key": moderatorKey,
    });
    const author = { "X-Author-Token": "author-token-of-a-script-0001" };
    const registered = await postOp(
      boardId,
      {
        type: "registration.add",
        registrationId: "registration-api-1",
        meetingId: "meeting-api-0007",
        name: "Jürgen Müßig",
        email: "juergen@example.org",
      },
      author,
    );
    expect(registered.status).toBe(201);
    const own = await recordsOf(boardId, author);
    expect(own.find((record) => record.type === "registration")).toMatchObject({
      name: "Jürgen Müßig",
      onlineLink: "https://meet.example/x",
    });
    const someoneElse = JSON.stringify(await recordsOf(boardId, { "X-Author-Token": "author-token-of-another-01" }));
    expect(someoneElse).not.toContain("juergen@example.org");
    expect(someoneElse).not.toContain("meet.example");
  });
});

describe("the programme for scripts (API-6)", () => {
  it("API-6 IMP-3 IMP-4 lists upcoming and past meetings with their agenda and open slots, no contact data", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const moderator = { "X-Moderator-Key": moderatorKey };
    const presenter = { "X-Author-Token": "presenter-token-000001" };
    await postOp(boardId, meetingAdd("meeting-past-0001", dayFromToday(-20), { theme: "Rückblick" }), moderator);
    await postOp(
      boardId,
      meetingAdd("meeting-next-0001", dayFromToday(10), { slots: 2, onlineLink: "https://meet.example/secret" }),
      moderator,
    );
    await postOp(boardId, meetingAdd("meeting-later-001", dayFromToday(40), { theme: "Mobilität" }), moderator);
    const offer = {
      type: "impulse.offer",
      impulseId: "impulse-api-0001",
      title: "Solardach für den Sportverein",
      presenterName: "Anke Schulz",
      organisation: "SV Lausitz",
      minutes: 15,
      contactEmail: "anke@example.org",
      noteToModerators: "Ich brauche einen Beamer.",
    };
    expect((await postOp(boardId, offer, presenter)).status).toBe(201);
    for (const op of [
      { type: "impulse.accept", impulseId: "impulse-api-0001", note: "" },
      { type: "impulse.schedule", impulseId: "impulse-api-0001", meetingId: "meeting-next-0001", rank: "a0" },
    ]) {
      const response = await postOp(boardId, op, moderator);
      expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    }

    const response = await fetch(`${server().url}/api/boards/${boardId}/meetings`);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const secret of ["anke@example.org", "Beamer", "meet.example"]) expect(text).not.toContain(secret);
    const programme = JSON.parse(text) as {
      today: string;
      upcoming: (Meeting & { agenda: { start: string; title: string; presenterName: string }[]; openSlots: number })[];
      past: Meeting[];
    };
    expect(programme.today).toBe(berlinToday());
    expect(programme.upcoming.map((meeting) => meeting.id)).toEqual(["meeting-next-0001", "meeting-later-001"]);
    expect(programme.past.map((meeting) => meeting.theme)).toEqual(["Rückblick"]);
    expect(programme.upcoming[0].agenda).toEqual([
      expect.objectContaining({ start: "18:00", title: "Solardach für den Sportverein", presenterName: "Anke Schulz" }),
    ]);
    expect(programme.upcoming[0].openSlots).toBe(1);
    expect(programme.upcoming[1].openSlots).toBe(3);

    const forModerators = await (
      await fetch(`${server().url}/api/boards/${boardId}/meetings`, { headers: moderator })
    ).json();
    expect(forModerators.upcoming[0].onlineLink).toBe("https://meet.example/secret");
    expect((await fetch(`${server().url}/api/boards/no-such-board-here/meetings`)).status).toBe(404);
  });
});
