import { lazyPart } from "../../core/lazyPart";

/** The page's estimate of the server's clock (TIMER-2), for whatever else the server times (MOD-7). */
export { serverClock } from "./serverClock";

/** The time left, for everyone (header, projector); a chunk of its own, fetched when a timer exists. */
export const TimerClock = lazyPart(() => import("./TimerClock").then((m) => m.TimerClock));
/** The moderators' controls. */
export const TimerControls = lazyPart(() => import("./TimerControls").then((m) => m.TimerControls));
