import { describe, expect, it, vi } from "vitest";
import { type BoardModel, themenwandModel } from "../../server/core/boardModel";
import { themenwandRules } from "../../shared/applyOp";
import { withAuthorTag } from "../../shared/core/authorTags";
import { type ApplyOp, ruleBook } from "../../shared/core/ruleBook";
import type { Op } from "../../shared/ops";
import { cardsOf, syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

// Counts how often the client predicts an op (runs applyOp on a view of the board): its work,
// without a clock. The server decides with a rule book of its own, so only the client is counted.
const counted = vi.hoisted(() => ({ predictions: 0 }));
vi.mock("../../shared/applyOp", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../shared/applyOp")>();
  const applyOp: ApplyOp<Op> = (...args) => {
    counted.predictions++;
    return original.applyOp(...args);
  };
  return { ...original, applyOp };
});

const serverRules = ruleBook<Op>(themenwandRules) as BoardModel["applyOp"];
const server = serverForThisFile({ model: { ...themenwandModel, applyOp: serverRules } });

describe("coming back online", () => {
  it("SYNC-12 150 offline ops are delivered without predicting every pending op again for each answer", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const [first, second] = columnsIn(snapshot).map((column) => column.id);
    const traveller = syncClient(server().url, boardId);
    const other = syncClient(server().url, boardId);
    await waitForState(traveller.sync, (s) => s.status === "online", "traveller joined");
    await waitForState(other.sync, (s) => s.status === "online", "other joined");
    traveller.socket.disconnect();
    await waitForState(traveller.sync, (s) => s.status === "offline", "offline");

    const ops = 150;
    for (let i = 0; i < ops; i++) void traveller.sync.submit(addCardOp(`card-off-${i}`, first, "a0", `Offline ${i}`));
    for (let i = 0; i < 20; i++) await other.sync.submit(addCardOp(`card-on-${i}`, second, "a0", `Online ${i}`));

    counted.predictions = 0;
    traveller.socket.connect();
    await waitForState(
      traveller.sync,
      (s) => s.pendingCount === 0 && s.revision === ops + 20,
      "all offline ops delivered",
      20_000,
    );
    const serverCards = (await boardContents(server().store, boardId))?.cards.sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(serverCards).toHaveLength(ops + 20);
    // As they left the server: the author as each card's tag (ANON-1).
    expect(cardsOf(traveller.sync)).toEqual(serverCards?.map((card) => withAuthorTag(card)));
    // Replaying all pending ops for every frame and answer cost some 2,000 predictions here (up to
    // ops²/2 when answers come one by one); one full replay at most is allowed.
    expect(counted.predictions).toBeLessThanOrEqual(ops);
    traveller.close();
    other.close();
  });
});
