import { createElement } from "react";
import { lazyPart } from "../../core/lazyPart";
import type { ModerationProps } from "./ModerationPanel";
import { ModerationPlaceholder } from "./ModerationPlaceholder";

/**
 * The moderators' settings and queue: only moderators load this chunk. It shows above the columns:
 * its closed frame's place is kept until it arrives, so the columns do not move (UI-8).
 */
export const ModerationPanel = lazyPart<ModerationProps>(
  () => import("./ModerationPanel").then((m) => m.ModerationPanel),
  createElement(ModerationPlaceholder),
);
