import type { FocusOp } from "../../../shared/features/focus";
import type { TimerOp } from "../../../shared/features/timer";
import type { FixtureContext, OpFixture } from "./opFixtures";

/**
 * VIS-8 for the timer and the projector's focus (TIMER-1, PROJ-1): records everyone on the board
 * reads, with no private field; the fixtures give each op a board it changes.
 */
async function timerRunning({ board }: FixtureContext): Promise<void> {
  await board.send("moderator", { type: "timer.start", seconds: 600 });
}

export const PROJECTOR_FIXTURES: { [T in (TimerOp | FocusOp)["type"]]: OpFixture<T> } = {
  "timer.start": { by: "moderator", prepare: async () => ({ type: "timer.start", seconds: 300 }) },
  "timer.pause": {
    by: "moderator",
    prepare: async (context) => {
      await timerRunning(context);
      return { type: "timer.pause" };
    },
  },
  "timer.resume": {
    by: "moderator",
    prepare: async (context) => {
      await timerRunning(context);
      await context.board.send("moderator", { type: "timer.pause" });
      return { type: "timer.resume" };
    },
  },
  "timer.extend": {
    by: "moderator",
    prepare: async (context) => {
      await timerRunning(context);
      return { type: "timer.extend", seconds: 120 };
    },
  },
  "timer.stop": {
    by: "moderator",
    prepare: async (context) => {
      await timerRunning(context);
      return { type: "timer.stop" };
    },
  },
  "focus.set": {
    by: "moderator",
    prepare: async ({ board }) => {
      const columnId = board.id("column");
      await board.send("moderator", { type: "column.add", columnId, title: "Fokus", description: "", rank: "n5" });
      return { type: "focus.set", target: { kind: "column", id: columnId } };
    },
  },
};
