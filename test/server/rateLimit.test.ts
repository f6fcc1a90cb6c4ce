import { describe, expect, it } from "vitest";
import { createRateLimit } from "../../server/realtime/rateLimit";
import { cardsOf, connected, join, rawClient, sendOp, syncClient, waitForState } from "../helpers/clients";
import { addCardOp } from "../helpers/fixtures";
import { boardContents, columnsIn, createBoard, serverForThisFile } from "../helpers/testServer";

const server = serverForThisFile();

describe("rate limit per connection", () => {
  it("VAL-5 allows a burst, then refills at the sustained rate", () => {
    let clock = 0;
    const allow = createRateLimit(10, 5, () => clock);
    expect(Array.from({ length: 6 }, allow)).toEqual([true, true, true, true, true, false]);
    clock += 100;
    expect(allow()).toBe(true);
    expect(allow()).toBe(false);
    clock += 10_000;
    expect(Array.from({ length: 6 }, allow).filter(Boolean)).toHaveLength(5);
  });

  it("VAL-5 answers a flood with rate_limited and changes nothing for the refused ops", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const socket = await connected(rawClient(server().url));
    await join(socket, { boardId, since: null });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        sendOp(socket, `op-flood-${i}`, addCardOp(`card-flood-${i}`, columnsIn(snapshot)[0].id, "a0")),
      ),
    );
    const refused = answers.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((a) => !a.ok && a.problem.code === "rate_limited")).toBe(true);
    expect((await boardContents(server().store, boardId))?.cards).toHaveLength(200 - refused.length);
    socket.close();
  });

  it("VAL-5 SYNC-6 a client back from a long time offline still delivers every op, just paced", async () => {
    const { boardId, snapshot } = await createBoard(server().url);
    const traveller = syncClient(server().url, boardId);
    await waitForState(traveller.sync, (s) => s.status === "online", "joined");
    traveller.socket.disconnect();
    await waitForState(traveller.sync, (s) => s.status === "offline", "offline");
    const answers = Array.from({ length: 180 }, (_, i) =>
      traveller.sync.submit(addCardOp(`card-trip-${i}`, columnsIn(snapshot)[1].id, "a0")),
    );
    traveller.socket.connect();
    expect((await Promise.all(answers)).every((a) => a.ok)).toBe(true);
    await waitForState(traveller.sync, (s) => s.pendingCount === 0, "all sent");
    expect((await boardContents(server().store, boardId))?.cards).toHaveLength(180);
    expect(cardsOf(traveller.sync)).toHaveLength(180);
    traveller.close();
  });
});
