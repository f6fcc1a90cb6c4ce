export { timerEditTargets, timerOpVersions } from "./edits";
export type { TimerOp } from "./ops";
export { TIMER_ID, TIMER_MAX_EXTENSION_SECONDS, TIMER_MAX_SECONDS, type Timer } from "./records";
export { remainingMs, timerEnded } from "./remaining";
export { timerOf, timerRules } from "./timerRules";
