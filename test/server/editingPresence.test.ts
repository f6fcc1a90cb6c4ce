import { describe, expect, it } from "vitest";
import type { Problem } from "../../shared/errors";
import type { Editing } from "../../shared/events";
import { connected, join, rawClient, syncClient, waitFor, waitForState } from "../helpers/clients";
import { createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

async function joined(boardId: string) {
  const socket = await connected(rawClient(server().url));
  const heard: Editing[] = [];
  const problems: Problem[] = [];
  socket.on("editing", (editing) => heard.push(editing));
  socket.on("problem", (problem) => problems.push(problem));
  const response = await join(socket, { boardId, since: null });
  if (!response.ok) throw new Error(response.problem.message);
  return { socket, heard, problems };
}

describe("editing presence (volatile)", () => {
  it("PRES-EDIT-1 the others hear who edits which card, newcomers hear it on joining, and it ends when the editor leaves", async () => {
    const { boardId } = await createBoard(server().url);
    const anna = await joined(boardId);
    const ben = await joined(boardId);
    anna.socket.emit("editing", { cardIds: ["card-edit-0001"], name: "Anna" });
    const [told] = await waitFor(() => ben.heard.length === 1 && ben.heard, "Ben hears it");
    expect(told).toMatchObject({ cardIds: ["card-edit-0001"], name: "Anna" });
    // A key per connection, no author id (ANON-1).
    expect(told.editor).toMatch(/^[0-9a-f-]{36}$/);
    const carla = await joined(boardId);
    await waitFor(() => carla.heard.length === 1, "the newcomer hears it");
    expect(carla.heard[0]).toEqual(told);
    anna.socket.disconnect();
    await waitFor(() => ben.heard.length === 2, "Ben hears it ended");
    expect(ben.heard[1]).toEqual({ editor: told.editor, cardIds: [], name: null });
    expect(anna.heard).toEqual([]);
    // Never stored: the board is still at revision 0.
    expect((await server().store.readBoard(boardId))?.revision).toBe(0);
    for (const client of [ben, carla]) client.socket.close();
  });

  it("PRES-EDIT-1 VAL-1 a malformed notice or one before joining gets a typed problem and reaches nobody", async () => {
    const { boardId } = await createBoard(server().url);
    const ben = await joined(boardId);
    const stranger = await connected(rawClient(server().url));
    const strangerProblems: Problem[] = [];
    stranger.on("problem", (problem) => strangerProblems.push(problem));
    stranger.emit("editing", { cardIds: ["card-edit-0001"], name: "X" });
    await waitFor(() => strangerProblems.length === 1, "not joined");
    expect(strangerProblems[0].code).toBe("not_joined");
    const anna = await joined(boardId);
    for (const bad of [{ cardIds: ["no"], name: null }, { cardIds: [], name: null, extra: 1 }, "x", null]) {
      anna.socket.emit("editing", bad as never);
    }
    await waitFor(() => anna.problems.length === 4, "four problems");
    expect(anna.problems.map((problem) => problem.code)).toEqual(Array(4).fill("invalid_input"));
    anna.socket.emit("editing", { cardIds: ["card-edit-0002"], name: null });
    await waitFor(() => ben.heard.length === 1, "the good one");
    expect(ben.heard[0]).toMatchObject({ cardIds: ["card-edit-0002"], name: null });
    for (const client of [ben, anna]) client.socket.close();
    stranger.close();
  });

  it("PRES-EDIT-1 the sync engine shows others' open editors by card and tells its own again after a reconnect", async () => {
    const { boardId } = await createBoard(server().url);
    const anna = syncClient(server().url, boardId);
    const ben = syncClient(server().url, boardId);
    for (const client of [anna, ben]) await waitForState(client.sync, (s) => s.status === "online", "online");
    anna.sync.editing.setMine(["card-edit-0003"], "Anna");
    await waitFor(() => ben.sync.editing.namesOf("card-edit-0003")?.length === 1, "Ben sees Anna editing");
    expect(ben.sync.editing.namesOf("card-edit-0003")).toEqual(["Anna"]);
    anna.socket.disconnect();
    await waitFor(() => ben.sync.editing.namesOf("card-edit-0003") === undefined, "gone with Anna");
    anna.socket.connect();
    await waitFor(() => ben.sync.editing.namesOf("card-edit-0003")?.length === 1, "back after her reconnect");
    anna.sync.editing.setMine([], "Anna");
    await waitFor(() => ben.sync.editing.namesOf("card-edit-0003") === undefined, "closed");
    for (const client of [anna, ben]) client.close();
  });
});
