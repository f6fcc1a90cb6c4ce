import { putWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { TimerOp as Op } from "./ops";
import { TIMER_ID, TIMER_MAX_SECONDS, type Timer } from "./records";
import { remainingMs } from "./remaining";

export const timerOf = (view: RecordView): Timer | undefined => view.get<Timer>("timer", TIMER_ID);

const noTimer = () => fail(problem("not_found", "There is no timer on this board."));

const next = (timer: Timer, change: Partial<Timer>): Timer => ({ ...timer, ...change, version: timer.version + 1 });

/**
 * TIMER-1: moderators start, pause, resume, extend and stop the board's one countdown. `now` is the
 * committing server's clock, so `endsAt` means the same moment in every browser (TIMER-2).
 */
export const timerRules: OpRule<Op>[] = [
  rule<Op, "timer.start">({
    type: "timer.start",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const current = timerOf(view);
      const timer: Timer = {
        type: "timer",
        id: TIMER_ID,
        version: (current?.version ?? 0) + 1,
        audience: "board",
        authorId: null,
        status: "running",
        endsAt: now + op.seconds * 1000,
        remainingMs: null,
        totalMs: op.seconds * 1000,
        startedAt: now,
      };
      return done(putWrite(timer));
    },
  }),
  rule<Op, "timer.pause">({
    type: "timer.pause",
    moderatorOnly: true,
    apply(view, _op, _actor, now) {
      const timer = timerOf(view);
      if (!timer) return noTimer();
      if (timer.status === "paused") return done();
      return done(putWrite(next(timer, { status: "paused", endsAt: null, remainingMs: remainingMs(timer, now) })));
    },
  }),
  rule<Op, "timer.resume">({
    type: "timer.resume",
    moderatorOnly: true,
    apply(view, _op, _actor, now) {
      const timer = timerOf(view);
      if (!timer) return noTimer();
      if (timer.status === "running") return done();
      return done(
        putWrite(next(timer, { status: "running", endsAt: now + remainingMs(timer, now), remainingMs: null })),
      );
    },
  }),
  rule<Op, "timer.extend">({
    type: "timer.extend",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const timer = timerOf(view);
      if (!timer) return noTimer();
      const left = Math.min(remainingMs(timer, now) + op.seconds * 1000, TIMER_MAX_SECONDS * 1000);
      const totalMs = Math.max(left, timer.totalMs + op.seconds * 1000);
      const extended =
        timer.status === "paused"
          ? next(timer, { remainingMs: left, totalMs })
          : next(timer, { endsAt: now + left, totalMs });
      return done(putWrite(extended));
    },
  }),
  rule<Op, "timer.stop">({
    type: "timer.stop",
    moderatorOnly: true,
    apply(view) {
      const timer = timerOf(view);
      return timer ? done(removeWrite(timer)) : done();
    },
  }),
];
