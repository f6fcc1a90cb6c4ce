import { describe, expect, it } from "vitest";
import { BoardExpiry } from "../../server/core/boardExpiry";
import { themenwandModel } from "../../server/core/boardModel";
import { SnapshotCache } from "../../server/core/snapshotCache";
import { newId } from "../../shared/ids";
import { connected, join, rawClient, sendOp, waitFor } from "../helpers/clients";
import { copiesInFolder, totalCopies } from "../helpers/databaseBytes";
import { addCardOp } from "../helpers/fixtures";
import { columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const DAY = 24 * 60 * 60 * 1000;
const server = serverForThisFile({ boardExpiryDays: 30 });

/** A board with a moderator and a participant on it, and a card whose title is `marker`. */
async function boardInUse(marker: string) {
  const { boardId, moderatorKey, snapshot } = await createBoard(server().url);
  const moderator = await connected(rawClient(server().url));
  const participant = await connected(rawClient(server().url));
  const joined = await join(participant, { boardId, since: null });
  expect((await join(moderator, { boardId, since: null, moderatorKey })).ok).toBe(true);
  const card = { ...addCardOp(newId(), columnsIn(snapshot)[0].id, "a0"), authorName: marker };
  card.content = { ...card.content, title: marker };
  expect(await sendOp(participant, newId(), card)).toMatchObject({ ok: true });
  const told: string[] = [];
  for (const [name, socket] of [
    ["moderator", moderator],
    ["participant", participant],
  ] as const) {
    socket.on("board:deleted", () => told.push(name));
  }
  return { boardId, moderatorKey, moderator, participant, joined, told };
}

const deleteBoard = (boardId: string, headers: Record<string, string> = {}) =>
  fetch(`${server().url}/api/boards/${boardId}`, { method: "DELETE", headers });

describe("a board ends (OPS-5)", () => {
  it("OPS-5 DELETE with the moderator key ends the board: its browsers are told and cut off, nothing of it is left, not even in the database's bytes", async () => {
    const marker = `Abschiedsgruß-${newId()}`;
    const board = await boardInUse(marker);
    expect((await deleteBoard(board.boardId)).status).toBe(403);
    expect((await deleteBoard(board.boardId, { "X-Moderator-Key": `${board.moderatorKey}x` })).status).toBe(403);
    expect((await fetch(`${server().url}/api/boards/${board.boardId}`)).status).toBe(200);

    expect((await deleteBoard(board.boardId, { "X-Moderator-Key": board.moderatorKey })).status).toBe(204);
    await waitFor(() => board.told.length === 2, "both browsers told");
    await waitFor(() => !board.moderator.connected && !board.participant.connected, "both cut off");
    expect((await fetch(`${server().url}/api/boards/${board.boardId}`)).status).toBe(404);
    const again = await connected(rawClient(server().url));
    expect(await join(again, { boardId: board.boardId, since: 0 })).toMatchObject({
      ok: false,
      problem: { code: "unknown_board" },
    });
    expect((await deleteBoard(board.boardId, { "X-Moderator-Key": board.moderatorKey })).status).toBe(404);
    await waitFor(() => totalCopies(copiesInFolder(server().databasePath, marker)) === 0, "no copy left", 5_000).catch(
      () => undefined,
    );
    const left = Object.entries(copiesInFolder(server().databasePath, marker)).filter(([, count]) => count > 0);
    expect(Object.fromEntries(left), "copies of the deleted board's card per file").toEqual({});
    for (const socket of [again, board.moderator, board.participant]) socket.close();
  });
});

describe("quiet boards end (OPS-6)", () => {
  it("OPS-6 a join is told when its board ends without a change; the sweep ends boards quiet for longer and keeps the others", async () => {
    const quiet = await boardInUse(`Still-${newId()}`);
    expect(quiet.joined.ok && quiet.joined.expiry?.afterDays).toBe(30);
    const deletesAt = quiet.joined.ok ? (quiet.joined.expiry?.deletesAt ?? 0) : 0;
    expect(Math.abs(deletesAt - (Date.now() + 30 * DAY))).toBeLessThan(60_000);

    const { store } = server();
    const { io } = server().app;
    const snapshots = new SnapshotCache(store, themenwandModel);
    // 29 days on nothing ends; 31 days on, every board of this file has been quiet too long.
    expect(await new BoardExpiry({ store, io, snapshots }, 30, () => Date.now() + 29 * DAY).sweep()).toBe(0);
    expect((await fetch(`${server().url}/api/boards/${quiet.boardId}`)).status).toBe(200);
    const sweep = new BoardExpiry({ store, io, snapshots }, 30, () => Date.now() + 31 * DAY);
    expect(await sweep.sweep()).toBeGreaterThanOrEqual(1);
    await waitFor(() => quiet.told.length === 2, "both browsers told");
    expect((await fetch(`${server().url}/api/boards/${quiet.boardId}`)).status).toBe(404);
    expect(await sweep.sweep()).toBe(0);
    quiet.moderator.close();
    quiet.participant.close();
  });
});
