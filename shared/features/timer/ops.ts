import { z } from "zod";
import { TIMER_MAX_EXTENSION_SECONDS, TIMER_MAX_SECONDS } from "./records";

/** TIMER-1: a moderator starts a countdown of `seconds`, replacing any timer there is. */
export const TimerStartOp = z.strictObject({
  type: z.literal("timer.start"),
  seconds: z.int().min(1).max(TIMER_MAX_SECONDS),
});

export const TimerPauseOp = z.strictObject({ type: z.literal("timer.pause") });

export const TimerResumeOp = z.strictObject({ type: z.literal("timer.resume") });

/** More time: added to what is left, or, once it has run out, counted from now. */
export const TimerExtendOp = z.strictObject({
  type: z.literal("timer.extend"),
  seconds: z.int().min(1).max(TIMER_MAX_EXTENSION_SECONDS),
});

export const TimerStopOp = z.strictObject({ type: z.literal("timer.stop") });

export const TIMER_OPS = [TimerStartOp, TimerPauseOp, TimerResumeOp, TimerExtendOp, TimerStopOp] as const;

export type TimerOp = z.output<(typeof TIMER_OPS)[number]>;
