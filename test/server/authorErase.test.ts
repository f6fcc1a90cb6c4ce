import { describe, expect, it } from "vitest";
import type { BaseRecord } from "../../shared/core/records";
import { newId } from "../../shared/ids";
import type { Card } from "../../shared/model";
import { type Op, OpSchema } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { copiesInFolder, totalCopies } from "../helpers/databaseBytes";
import { addCardOp, meetingAddOp } from "../helpers/fixtures";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

/** An op with its schema's defaults filled in. */
const op = (value: Record<string, unknown>) => OpSchema.parse(value) as Op;

async function member(boardId: string, moderatorKey?: string) {
  const socket = await connected(rawClient(server().url));
  const joined = await join(socket, { boardId, since: null, moderatorKey });
  if (!joined.ok) throw new Error("join failed");
  const send = async (value: Op) => expect(await sendOp(socket, newId(), value)).toMatchObject({ ok: true });
  return { socket, token: joined.authorToken, authorId: joined.authorId, send };
}

async function recordsOf(boardId: string): Promise<BaseRecord[]> {
  const board = await server().store.readBoard(boardId);
  if (!board) throw new Error("no board");
  return [...board.records];
}

const find = <R extends BaseRecord>(records: BaseRecord[], type: string, id: string) =>
  records.find((record) => record.type === type && record.id === id) as R | undefined;

const myData = async (boardId: string, token: string) =>
  (
    (await (
      await fetch(`${server().url}/api/boards/${boardId}/my-data.json`, { headers: { "X-Author-Token": token } })
    ).json()) as { records: BaseRecord[] }
  ).records;

/** Anna writes one of everything, Ben some of the same, the moderator a meeting, a round, a group. */
async function busyBoard(marker: string) {
  const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
  const columnId = columnsIn(snapshot)[0].id;
  const moderator = await member(boardId, moderatorKey);
  const anna = await member(boardId);
  const ben = await member(boardId);
  await moderator.send(meetingAddOp({ meetingId: "meet-erase-01", capacity: 1, onlineLink: "https://meet.example/x" }));
  await moderator.send(op({ type: "likes.configure", enabled: true }));
  await moderator.send({ ...addCardOp("card-mod-00001", columnId, "a0"), authorName: "Moderation" });
  await anna.send({
    ...addCardOp("card-anna-0001", columnId, "a1", `${marker} Karte`),
    authorName: `${marker} Anna`,
  });
  await anna.send(addCardOp("card-anna-0002", columnId, "a2", `${marker} zweite`));
  await ben.send({ ...addCardOp("card-ben-00001", columnId, "a3", "Bens Karte"), authorName: "Ben" });
  await moderator.send(
    op({
      type: "cluster.create",
      clusterId: "clu-erase-001",
      cardIds: ["card-anna-0001", "card-ben-00001"],
      title: "C",
    }),
  );
  // Anna is seated, Ben waits.
  await anna.send(
    op({
      type: "registration.add",
      registrationId: "reg-anna-0001",
      meetingId: "meet-erase-01",
      name: `${marker} Anna`,
      email: `${marker.toLowerCase()}@example.org`,
    }),
  );
  await ben.send(
    op({
      type: "registration.add",
      registrationId: "reg-ben-00001",
      meetingId: "meet-erase-01",
      name: "Ben",
      email: "ben@example.org",
    }),
  );
  await moderator.send(op({ type: "votingRound.open", roundId: "round-erase-1", tallyId: "tally-erase-1" }));
  await anna.send(
    op({ type: "vote.cast", roundId: "round-erase-1", cardId: "card-ben-00001", ballotId: "ballot-anna-01" }),
  );
  await anna.send(
    op({ type: "vote.cast", roundId: "round-erase-1", cardId: "card-ben-00001", ballotId: "ballot-anna-01" }),
  );
  await ben.send(
    op({ type: "vote.cast", roundId: "round-erase-1", cardId: "card-ben-00001", ballotId: "ballot-ben-001" }),
  );
  await anna.send(op({ type: "like.add", likeId: "like-anna-001", cardId: "card-ben-00001" }));
  await ben.send(op({ type: "like.add", likeId: "like-ben-0001", cardId: "card-ben-00001" }));
  await anna.send(
    op({
      type: "businessCard.publish",
      cardId: "bcard-anna-001",
      name: `${marker} Anna`,
      contact: { email: null, phone: { value: "+49 171 555000", visibility: "nobody" }, website: null },
      consent: { text: "Ja", given: true },
      editKeyHash: "cd".repeat(32),
    }),
  );
  await moderator.send(
    op({
      type: "group.create",
      groupId: "group-erase-1",
      name: "AG",
      conveners: ["Clara"],
      convenerKeyHash: "ef".repeat(32),
    }),
  );
  await anna.send(op({ type: "group.join", groupId: "group-erase-1", membershipId: "member-anna-1", name: marker }));
  await anna.send(
    op({
      type: "impulse.offer",
      impulseId: "impulse-anna-1",
      title: `${marker} Vortrag`,
      presenterName: "Anna",
      minutes: 10,
      contactEmail: "anna@example.org",
    }),
  );
  await moderator.send(op({ type: "impulse.accept", impulseId: "impulse-anna-1", note: "" }));
  await moderator.send(
    op({ type: "impulse.schedule", impulseId: "impulse-anna-1", meetingId: "meet-erase-01", rank: "a0" }),
  );
  await anna.send(op({ type: "calendarFeed.add", feedId: "feed-anna-0001", secretHash: "12".repeat(32) }));
  return { boardId, moderator, anna, ben, columnId };
}

describe("erasing one's own data in one step (DATA-2)", () => {
  it("DATA-2 author.erase removes everything its sender wrote, in one change: the first waiting moves up, the tally and like count lose theirs, others' records stay", async () => {
    const { boardId, moderator, anna, ben } = await busyBoard("Annamarker");
    const before = await recordsOf(boardId);
    expect((await myData(boardId, anna.token)).length).toBe(9);
    const bensBefore = (await myData(boardId, ben.token)).map((record) => `${record.type}:${record.id}`).sort();
    const revision = (await server().store.readBoard(boardId))?.revision ?? 0;

    const answer = await sendOp(anna.socket, newId(), op({ type: "author.erase" }));
    expect(answer).toMatchObject({ ok: true, committed: { revision: revision + 1 } });

    expect(await myData(boardId, anna.token)).toEqual([]);
    expect((await myData(boardId, ben.token)).map((record) => `${record.type}:${record.id}`).sort()).toEqual(
      bensBefore,
    );
    const after = await recordsOf(boardId);
    // Ben had been waiting: Anna's place is his now, with the link.
    expect(find(after, "registration", "reg-ben-00001")).toMatchObject({
      status: "registered",
      onlineLink: "https://meet.example/x",
      position: null,
    });
    expect(find(after, "meeting", "meet-erase-01")).toMatchObject({ registered: 1, waiting: 0 });
    // The open round's tally keeps Ben's dot only; the like count Ben's heart only.
    expect(find(after, "voteTally", "tally-erase-1")).toMatchObject({ counts: { "card-ben-00001": 1 }, voters: 1 });
    expect(find(after, "likeCount", "card-ben-00001")).toMatchObject({ count: 1 });
    // Her talk left the agenda, and the meeting's calendar entry says it changed.
    const meetingBefore = find<{ sequence: number } & BaseRecord>(before, "meeting", "meet-erase-01");
    const meetingAfter = find<{ sequence: number } & BaseRecord>(after, "meeting", "meet-erase-01");
    expect(meetingAfter?.sequence).toBe((meetingBefore?.sequence ?? 0) + 1);
    // The cluster keeps Ben's card; the group, the round, the moderator's card stay.
    expect(find<Card>(after, "card", "card-ben-00001")?.clusterId).toBe("clu-erase-001");
    for (const [type, id] of [
      ["cluster", "clu-erase-001"],
      ["workingGroup", "group-erase-1"],
      ["votingRound", "round-erase-1"],
      ["card", "card-mod-00001"],
      ["ballot", "ballot-ben-001"],
      ["like", "like-ben-0001"],
    ]) {
      expect(find(after, type, id), `${type}:${id}`).toBeDefined();
    }
    // Only Anna's records went.
    const gone = before.filter((record) => !find(after, record.type, record.id));
    expect(gone.every((record) => record.authorId === anna.authorId)).toBe(true);
    expect(gone).toHaveLength(9);
    // Every removal was a forget (NET-6): the op log no longer holds her words anywhere.
    const log = JSON.stringify(await server().store.changesSince(boardId, 0));
    expect(log).not.toContain("Annamarker");
    for (const each of [moderator, anna, ben]) each.socket.close();
  });

  it("DATA-2 ERASE-1 no byte of what the person wrote stays in any file of the database folder", async () => {
    const marker = "Löschprüfungsmarke";
    const { boardId, moderator, anna, ben } = await busyBoard(marker);
    expect(totalCopies(copiesInFolder(server().databasePath, marker))).toBeGreaterThan(0);
    expect(await sendOp(anna.socket, newId(), op({ type: "author.erase" }))).toMatchObject({ ok: true });
    await waitFor(() => totalCopies(copiesInFolder(server().databasePath, marker)) === 0, "no copy left", 5_000).catch(
      () => undefined,
    );
    const left = Object.entries(copiesInFolder(server().databasePath, marker)).filter(([, count]) => count > 0);
    expect(Object.fromEntries(left), "copies of the erased person's words per file").toEqual({});
    // Catching up from the start still works, and shows none of it.
    const late = await connected(rawClient(server().url));
    const caughtUp = await join(late, { boardId, since: 0 });
    expect(caughtUp.ok).toBe(true);
    expect(JSON.stringify(caughtUp)).not.toContain(marker);
    for (const each of [moderator, anna, ben, { socket: late }]) each.socket.close();
  });

  it("DATA-2 someone else's erase takes nothing of yours; bad input is refused typed and changes nothing; without an author id it is forbidden", async () => {
    const { boardId, moderator, anna, ben } = await busyBoard("Drittmarke");
    const annas = (await myData(boardId, anna.token)).length;
    expect(await sendOp(ben.socket, newId(), op({ type: "author.erase" }))).toMatchObject({ ok: true });
    expect(await myData(boardId, ben.token)).toEqual([]);
    expect(await myData(boardId, anna.token)).toHaveLength(annas);
    // Ben's place was the waiting list: Anna keeps hers.
    expect(find(await recordsOf(boardId), "registration", "reg-anna-0001")).toMatchObject({ status: "registered" });

    const revision = (await server().store.readBoard(boardId))?.revision;
    const bad = await sendOp(anna.socket, newId(), { type: "author.erase", authorId: ben.authorId } as unknown as Op);
    expect(bad).toMatchObject({ ok: false, problem: { code: "invalid_input" } });
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server().url}/api/boards/${boardId}/ops`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    expect(
      (await post({ op: { type: "author.erase", everyone: true } }, { "X-Author-Token": anna.token })).status,
    ).toBe(400);
    const anonymous = await post({ op: { type: "author.erase" } });
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await server().store.readBoard(boardId))?.revision).toBe(revision);
    expect(await myData(boardId, anna.token)).toHaveLength(annas);

    // Over REST with her own token, the same op erases hers.
    expect((await post({ op: { type: "author.erase" } }, { "X-Author-Token": anna.token })).status).toBe(201);
    expect(await myData(boardId, anna.token)).toEqual([]);
    for (const each of [moderator, anna, ben]) each.socket.close();
  });

  it("DATA-2 CLU-6 words of others merged into an erased card stay, as a card without author under the same id", async () => {
    const { boardId, snapshot, moderatorKey } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const moderator = await member(boardId, moderatorKey);
    const anna = await member(boardId);
    const ben = await member(boardId);
    await anna.send({ ...addCardOp("card-kept-0001", columnId, "a0", "Annas Worte"), authorName: "Anna" });
    await ben.send({ ...addCardOp("card-dupl-0001", columnId, "a1", "Bens Worte"), authorName: "Ben" });
    await moderator.send(op({ type: "card.merge", cardId: "card-kept-0001", mergedCardId: "card-dupl-0001" }));
    expect(await sendOp(anna.socket, newId(), op({ type: "author.erase" }))).toMatchObject({ ok: true });
    const kept = find<Card>(await recordsOf(boardId), "card", "card-kept-0001");
    expect(kept).toMatchObject({ authorId: null, authorName: "Ben", merged: [] });
    expect(kept?.content).toMatchObject({ title: "Bens Worte" });
    const everything = JSON.stringify({
      records: await recordsOf(boardId),
      log: await server().store.changesSince(boardId, 0),
    });
    expect(everything).not.toContain("Annas Worte");
    for (const each of [moderator, anna, ben]) each.socket.close();
  });
});
