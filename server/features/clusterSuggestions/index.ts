/** Suggested clusters (SUG-1..5): groups of similar topic cards and near-duplicates, from their words. */
export { clusterSuggestionsRoute } from "./route";
export { type Suggestions, type SuggestOptions, suggestClusters } from "./suggestClusters";
