import { lazyPart } from "../../core/lazyPart";

/** The moderators' settings and queue: only moderators load this chunk. */
export const ModerationPanel = lazyPart(() => import("./ModerationPanel").then((m) => m.ModerationPanel));
