import { describe, expect, it } from "vitest";
import type { Committed } from "../../shared/changes";
import type { JoinResponse, OpResponse } from "../../shared/events";
import type { Op } from "../../shared/ops";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { addCardOp, bob } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

// A short op log, so that a few revisions push an op out of its reach.
const server = serverForThisFile({ storeOptions: { opLogRetention: 10 } });

/** A joined raw socket that records every `changes` frame it receives, frame by frame. */
async function joinedClient(boardId: string, extra: { moderatorKey?: string } = {}) {
  const socket = await connected(rawClient(server().url));
  const frames: Committed[][] = [];
  socket.on("changes", (batch) => frames.push(batch));
  const response = await join(socket, { boardId, since: null, ...extra });
  if (!response.ok) throw new Error(response.problem.message);
  return { socket, frames, response: response as Extract<JoinResponse, { ok: true }> };
}

const topic = (title: string) => ({ kind: "topic", title, body: "", link: null });

function postCard(boardId: string, body: unknown, idempotencyKey: string) {
  return fetch(`${server().url}/api/boards/${boardId}/cards`, {
    method: "POST",
    headers: { "content-type": "application/json", "Idempotency-Key": idempotencyKey },
    body: JSON.stringify(body),
  });
}

const committedOf = (response: OpResponse): Committed => {
  if (!response.ok) throw new Error(`op refused: ${response.problem.code} ${response.problem.message}`);
  return response.committed;
};

describe("exactly once beyond the op log", () => {
  it("SYNC-13 an op id older than the op log's reach is still a retry: acked with its stored result, no second card, no move undone, no broadcast", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const [first, second, third, filler] = columnsIn(snapshot).map((c) => c.id);
    const author = await joinedClient(boardId);
    const add = addCardOp("card-old-00001", first, "a0");
    const added = await sendOp(author.socket, "op-old-add-001", add);
    const move: Op = { type: "card.move", cardId: "card-old-00001", columnId: second, rank: "a0" };
    const moved = await sendOp(author.socket, "op-old-move-01", move);
    expect(await sendOp(author.socket, "op-old-move-02", { ...move, columnId: third })).toMatchObject({ ok: true });
    const script = { columnId: first, authorName: "Skript", content: topic("Import") };
    const posted = await postCard(boardId, script, "import-old-0001");
    expect(posted.status).toBe(201);
    const postedCommitted = (await posted.json()) as Committed;

    // A thousand later revisions, straight into the server's store: the log now starts far past revision 4.
    await server().store.commit(
      Array.from({ length: 1000 }, (_, i) => ({
        boardId,
        opId: `op-filler-${i}`,
        op: addCardOp(`card-filler-${i}`, filler, "a0"),
        actor: bob,
      })),
      Date.now(),
    );
    expect(await server().store.changesSince(boardId, 0)).toBeUndefined();

    const watcher = await joinedClient(boardId);
    // Acknowledged as done, at its revision; the writes themselves left with the op log, and a client
    // that retries this late has joined since, at a later revision, so it needs none.
    const doneWithoutWrites = (answer: typeof added) => ({
      ...answer,
      ...(answer.ok ? { committed: { ...answer.committed, writes: [] } } : {}),
    });
    expect.soft(await sendOp(author.socket, "op-old-add-001", add)).toEqual(doneWithoutWrites(added));
    expect.soft(await sendOp(author.socket, "op-old-move-01", move)).toEqual(doneWithoutWrites(moved));
    const postedAgain = await postCard(boardId, script, "import-old-0001");
    expect.soft(postedAgain.status).toBe(201);
    expect.soft(await postedAgain.json()).toEqual({ ...postedCommitted, writes: [] });

    // Frames keep their order on a connection: a frame caused by a replay would arrive before this one.
    const marker = committedOf(await sendOp(author.socket, "op-marker-0001", addCardOp("card-marker-1", first, "a5")));
    await waitFor(() => watcher.frames.length > 0, "the marker's frame");
    expect(watcher.frames).toEqual([[marker]]);
    const cards = (await boardContents(server().store, boardId))?.cards ?? [];
    expect(cards.find((c) => c.id === "card-old-00001")?.columnId).toBe(third);
    expect(cards.filter((c) => c.content.title === "Import")).toHaveLength(1);
    expect((await boardContents(server().store, boardId))?.revision).toBe(marker.revision);
    for (const client of [author, watcher]) client.socket.close();
  });

  it("SYNC-13 a participant replaying a moderator's op id 30 times gets op_id_reused each time, never the stored result, and nobody gets a frame", async () => {
    const { boardId, moderatorKey } = await createBoard(server().url);
    const moderator = await joinedClient(boardId, { moderatorKey });
    const member = await joinedClient(boardId);
    const intruder = await joinedClient(boardId);
    const op: Op = { type: "column.add", columnId: "col-mod-00001", title: "AG Wasser", description: "", rank: "b0" };
    const original = committedOf(await sendOp(moderator.socket, "op-moderator-01", op));
    await waitFor(() => member.frames.length === 1, "the moderator's change");

    const replies = await Promise.all(Array.from({ length: 30 }, () => sendOp(intruder.socket, "op-moderator-01", op)));
    for (const reply of replies) {
      expect(reply).toMatchObject({ ok: false, problem: { code: "op_id_reused" } });
      expect(reply).not.toHaveProperty("committed");
    }
    // The moderator's own retry is acknowledged with the stored result, and broadcast to nobody.
    expect(await sendOp(moderator.socket, "op-moderator-01", op)).toEqual({ ok: true, committed: original });

    const marker = committedOf(
      await sendOp(moderator.socket, "op-marker-0002", { ...op, columnId: "col-mod-00002", rank: "b1" }),
    );
    await waitFor(() => member.frames.length >= 2, "the marker's frame");
    expect(member.frames).toEqual([[original], [marker]]);
    expect((await boardContents(server().store, boardId))?.revision).toBe(2);
    for (const client of [moderator, member, intruder]) client.socket.close();
  });

  it("SYNC-13 the same sender reusing an op id for a different op gets op_id_reused and changes nothing", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const author = await joinedClient(boardId);
    const first = await sendOp(author.socket, "op-reused-0001", addCardOp("card-reused-1", columnId, "a0"));
    expect(first).toMatchObject({ ok: true, committed: { revision: 1 } });
    const other = await sendOp(author.socket, "op-reused-0001", addCardOp("card-reused-2", columnId, "a1"));
    expect(other).toMatchObject({ ok: false, problem: { code: "op_id_reused" } });
    expect(other).not.toHaveProperty("committed");
    expect(await boardContents(server().store, boardId)).toMatchObject({
      revision: 1,
      cards: [{ id: "card-reused-1" }],
    });
    author.socket.close();
  });

  it("SYNC-13 API-3 the Idempotency-Key is its own namespace: a socket op id cannot claim a script's key, nor the reverse", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const columnId = columnsIn(snapshot)[0].id;
    const socket = (await joinedClient(boardId)).socket;

    // A participant takes the key a script is going to use.
    const claimed = await sendOp(socket, "import-key-0042", addCardOp("card-socket-42", columnId, "a0"));
    expect(claimed).toMatchObject({ ok: true, committed: { revision: 1 } });
    const script = { columnId, authorName: "Skript", content: topic("Skript 42") };
    const posted = await postCard(boardId, script, "import-key-0042");
    expect(posted.status).toBe(201);
    const committed = (await posted.json()) as Committed;
    expect(committed).toMatchObject({
      revision: 2,
      writes: [{ put: { type: "card", content: { title: "Skript 42" } } }],
    });
    // The script's retry gets its own result; the same key for another body is refused.
    const retried = await postCard(boardId, script, "import-key-0042");
    expect(retried.status).toBe(201);
    expect(await retried.json()).toEqual(committed);
    const reused = await postCard(boardId, { ...script, content: topic("Etwas anderes") }, "import-key-0042");
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ error: { code: "op_id_reused" } });

    // And the reverse: a script's key does not answer a socket op with the same id.
    expect((await postCard(boardId, script, "script-key-0043")).status).toBe(201);
    const socketOp = await sendOp(socket, "script-key-0043", addCardOp("card-socket-43", columnId, "a1"));
    expect(socketOp).toMatchObject({
      ok: true,
      committed: { revision: 4, writes: [{ put: { type: "card", id: "card-socket-43" } }] },
    });
    expect((await boardContents(server().store, boardId))?.cards).toHaveLength(4);
    socket.close();
  });
});
