import { describe, expect, it, vi } from "vitest";
import type { BoardState } from "../../shared/boardState";
import { cardsOf, syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { createBoard, serverForThisFile } from "../helpers/testServer";

// Counts how often the client builds a view of a board to predict an op: its work, without a clock.
const counted = vi.hoisted(() => ({ views: 0 }));
vi.mock("../../shared/boardState", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../shared/boardState")>();
  return {
    ...original,
    viewOfState: (state: BoardState) => {
      counted.views++;
      return original.viewOfState(state);
    },
  };
});

const server = serverForThisFile();

describe("coming back online", () => {
  it("SYNC-12 150 offline ops are delivered without predicting every pending op again for each answer", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const [first, second] = [snapshot.columns[0].id, snapshot.columns[1].id];
    const traveller = syncClient(server().url, boardId);
    const other = syncClient(server().url, boardId);
    await waitForState(traveller.sync, (s) => s.status === "online", "traveller joined");
    await waitForState(other.sync, (s) => s.status === "online", "other joined");
    traveller.socket.disconnect();
    await waitForState(traveller.sync, (s) => s.status === "offline", "offline");

    const ops = 150;
    for (let i = 0; i < ops; i++) void traveller.sync.submit(addCardOp(`card-off-${i}`, first, "a0", `Offline ${i}`));
    for (let i = 0; i < 20; i++) await other.sync.submit(addCardOp(`card-on-${i}`, second, "a0", `Online ${i}`));

    counted.views = 0;
    traveller.socket.connect();
    await waitForState(
      traveller.sync,
      (s) => s.pendingCount === 0 && s.revision === ops + 20,
      "all offline ops delivered",
      20_000,
    );
    const serverCards = server()
      .store.snapshot(boardId)
      ?.cards.sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(serverCards).toHaveLength(ops + 20);
    expect(cardsOf(traveller.sync)).toEqual(serverCards);
    // Replaying all pending ops for every frame and answer cost some 2,000 predictions here (up to
    // ops²/2 when answers come one by one); one full replay at most is allowed.
    expect(counted.views).toBeLessThanOrEqual(ops);
    traveller.close();
    other.close();
  });
});
