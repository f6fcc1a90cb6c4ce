import { lazyPart } from "../../core/lazyPart";
import type { ClusterSuggestionsProps } from "./types";

/** Suggested clusters (SUG-6): only moderators see it, so it is a chunk of its own (see lazyPart). */
export const ClusterSuggestions = lazyPart<ClusterSuggestionsProps>(() =>
  import("./ClusterSuggestionsPanel").then((m) => m.ClusterSuggestionsPanel),
);
export type { ClusterSuggestionsProps } from "./types";
