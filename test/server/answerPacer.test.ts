import { describe, expect, it } from "vitest";
import { AnswerPacer } from "../../server/realtime/answerPacer";

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("big answers paced over event-loop turns", () => {
  it("LIMIT-1 at most the budget of snapshot text goes out per turn; the first of a turn always may", async () => {
    const pacer = new AnswerPacer(3_000);
    const released: number[] = [];
    const answers = [2_000, 2_000, 1_000, 5_000, 1_000].map((bytes, index) =>
      pacer.whenFree(bytes).then(() => released.push(index)),
    );
    await Promise.resolve();
    expect(released).toEqual([0]);
    await nextTurn();
    await Promise.resolve();
    expect(released).toEqual([0, 1, 2]);
    await nextTurn();
    await Promise.resolve();
    expect(released).toEqual([0, 1, 2, 3]);
    await Promise.all(answers);
    expect(released).toEqual([0, 1, 2, 3, 4]);
  });
});
