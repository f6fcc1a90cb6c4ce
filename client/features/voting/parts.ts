import { lazyPart } from "../../core/lazyPart";

/**
 * The voting panel's parts that only some boards show at some moments (a moderator's dialog, the
 * results once a round closed), each a chunk of its own: a board without voting does not load them.
 */
export const RoundDialog = lazyPart(() => import("./RoundDialog").then((m) => m.RoundDialog));
export const RoundResults = lazyPart(() => import("./RoundResults").then((m) => m.RoundResults));
export const RoundsCompare = lazyPart(() => import("./RoundsCompare").then((m) => m.RoundsCompare));
