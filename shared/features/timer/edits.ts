import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { TimerOp } from "./ops";

/** No timer op carries a baseVersion: the last moderator's click wins, as on a kitchen timer. */
export const timerEditTargets: EditTargets<TimerOp> = {};

/** The protocol version that introduced each op (PROTO-2). */
export const timerOpVersions: OpProtocolVersions<TimerOp> = {
  "timer.start": 8,
  "timer.pause": 8,
  "timer.resume": 8,
  "timer.extend": 8,
  "timer.stop": 8,
};
