import { type TimerOp, timerEditTargets, timerOpVersions, timerRules } from "../../../shared/features/timer";
import { defineClientFeature } from "../../core/clientFeature";

const none = () => "";
const timerOp = { label: "action.timer", submittedText: none } as const;

/** The board's countdown in the browser: predicted from the start, since the header shows it. */
export const timerClient = defineClientFeature<TimerOp>({
  name: "timer",
  ops: {
    "timer.start": timerOp,
    "timer.pause": timerOp,
    "timer.resume": timerOp,
    "timer.extend": timerOp,
    "timer.stop": timerOp,
  },
  editTargets: timerEditTargets,
  opVersions: timerOpVersions,
  rules: timerRules,
});
