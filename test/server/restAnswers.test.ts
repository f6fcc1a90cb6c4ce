import { describe, expect, it } from "vitest";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

const LINK = "https://meet.example/PRIVATE-link-7f3a";
const SEATED_EMAIL = "private-seated-7f3a@example.org";
const WAITING_NAME = "PRIVATE-name-waiting-7f3a";
const WAITING_EMAIL = "private-waiting-7f3a@example.org";
const EDIT_KEY_HASH = "7f3a".repeat(16);

const postOp = (boardId: string, op: unknown, headers: Record<string, string>) =>
  fetch(`${server().url}/api/boards/${boardId}/ops`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ op }),
  });

/** The raw answer of a REST write and of its Idempotency-Key replay: both must say the same. */
async function answerAndReplay(boardId: string, op: unknown, headers: Record<string, string>) {
  const first = await postOp(boardId, op, headers);
  const firstText = await first.text();
  expect(first.status, firstText).toBe(201);
  const replay = await postOp(boardId, op, headers);
  expect(replay.status).toBe(201);
  return [firstText, await replay.text()];
}

describe("REST write answers are the caller's view (VIS-7)", () => {
  it("VIS-7 MEET-2 NET-2 a REST write and its replay hold nothing the caller may not read", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const asModerator = { "X-Moderator-Key": moderatorKey };
    const added = await postOp(
      boardId,
      {
        type: "meeting.add",
        meetingId: "meeting-rest-01",
        theme: "Wärmewende",
        date: "2030-01-24",
        startTime: "18:00",
        endTime: "20:00",
        onlineLink: LINK,
        capacity: 1,
      },
      asModerator,
    );
    expect(added.status).toBe(201);
    const seated = { "X-Author-Token": "author-token-seated-000001" };
    const waiting = { "X-Author-Token": "author-token-waiting-00001" };
    const register = (registrationId: string, name: string, email: string) => ({
      type: "registration.add",
      registrationId,
      meetingId: "meeting-rest-01",
      name,
      email,
    });
    await answerAndReplay(boardId, register("registration-seat", "Sitzt", SEATED_EMAIL), {
      ...seated,
      "Idempotency-Key": "register-seated-01",
    });

    // On the waiting list: the meeting's online link is not theirs to read, in the answer or its replay.
    const waitingAnswers = await answerAndReplay(boardId, register("registration-wait", WAITING_NAME, WAITING_EMAIL), {
      ...waiting,
      "Idempotency-Key": "register-waiting-1",
    });
    for (const text of waitingAnswers) {
      expect(text).toContain(WAITING_EMAIL);
      expect(text).not.toContain(LINK);
    }

    // Cancelling moves the waiting person up: the one who cancels never reads who that is.
    const cancelAnswers = await answerAndReplay(
      boardId,
      { type: "registration.cancel", registrationId: "registration-seat" },
      { ...seated, "Idempotency-Key": "cancel-seated-0001" },
    );
    for (const text of cancelAnswers) {
      for (const secret of [WAITING_NAME, WAITING_EMAIL, LINK]) expect(text).not.toContain(secret);
    }

    // The edit link's hash reaches nobody, its author included (NET-2).
    const publishAnswers = await answerAndReplay(
      boardId,
      {
        type: "businessCard.publish",
        cardId: "business-card-rest",
        name: "Karla Karte",
        consent: { text: "Ja, zeigen.", given: true },
        editKeyHash: EDIT_KEY_HASH,
      },
      { ...waiting, "Idempotency-Key": "publish-card-00001" },
    );
    for (const text of publishAnswers) {
      expect(text).toContain("Karla Karte");
      expect(text).not.toContain(EDIT_KEY_HASH);
      expect(text).not.toContain("editKeyHash");
    }
  });
});

describe("answers that depend on who asks are private (HTTP-2)", () => {
  it("HTTP-2 GET answers read with X-Moderator-Key or X-Author-Token are private and vary on both", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const base = `${server().url}/api/boards/${boardId}`;
    const perCaller = [
      base,
      `${base}/meetings`,
      `${base}/business-cards.vcf`,
      `${base}/meetings/no-such-meeting/registrations.csv`,
    ];
    for (const url of perCaller) {
      const callers: Record<string, string>[] = [
        {},
        { "X-Moderator-Key": moderatorKey },
        { "X-Author-Token": "author-token-cache-0001" },
      ];
      for (const headers of callers) {
        const response = await fetch(url, { headers: { "Accept-Encoding": "br, gzip", ...headers } });
        await response.arrayBuffer();
        expect(response.headers.get("cache-control"), url).toMatch(/^private\b/);
        const vary = (response.headers.get("vary") ?? "").toLowerCase();
        expect(vary, url).toContain("x-moderator-key");
        expect(vary, url).toContain("x-author-token");
      }
    }
    const snapshot = await fetch(base, { headers: { "Accept-Encoding": "br" } });
    expect(snapshot.headers.get("vary")?.toLowerCase()).toContain("accept-encoding");
  });
});
