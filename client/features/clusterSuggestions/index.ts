import { createElement } from "react";
import { lazyPart } from "../../core/lazyPart";
import type { ClusterSuggestionsProps } from "./types";

/**
 * Suggested clusters (SUG-6): only moderators see it, so it is a chunk of its own (see lazyPart). It
 * shows above the columns: its bar's place is kept until it arrives, so the columns do not move (UI-8).
 */
export const ClusterSuggestions = lazyPart<ClusterSuggestionsProps>(
  () => import("./ClusterSuggestionsPanel").then((m) => m.ClusterSuggestionsPanel),
  createElement("div", { className: "cluster-suggestions-reserved", "aria-hidden": true }),
);
export type { ClusterSuggestionsProps } from "./types";
