/** What the panel needs from the board page; accepting and merging belong to the board's clusters. */
export interface ClusterSuggestionsProps {
  boardId: string;
  moderatorKey: string;
  /** Where the REST API lives: "" (the default) for the page's own origin. */
  apiBase?: string;
  /** The board's columns, to ask for one column's suggestions. */
  columns: readonly { id: string; title: string }[];
  /** A card's title as the board shows it now; null once the card is gone. */
  titleOf(cardId: string): string | null;
  /** Makes the cards one cluster with this title (`cluster.create`); without it there is no Accept. */
  onAccept?(cardIds: string[], label: string): void;
  /** Merges two near-duplicate cards into one; without it there is no Merge. */
  onMerge?(a: string, b: string): void;
}

export interface ShownSuggestion {
  key: string;
  cardIds: string[];
  label: string;
}

export interface ShownDuplicate {
  key: string;
  a: string;
  b: string;
}
