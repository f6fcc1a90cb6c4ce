import { lazyPart } from "../../core/lazyPart";

/** The time left, for everyone (header, projector); a chunk of its own, fetched when a timer exists. */
export const TimerClock = lazyPart(() => import("./TimerClock").then((m) => m.TimerClock));
/** The moderators' controls. */
export const TimerControls = lazyPart(() => import("./TimerControls").then((m) => m.TimerControls));
