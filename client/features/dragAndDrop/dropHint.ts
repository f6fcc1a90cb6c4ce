/** Where a card being dragged from elsewhere would land in this column. */
export interface DropHint {
  columnId: string;
  /** Card the drop lands next to, or null for the end of the column. */
  cardId: string | null;
  /** "onto": dropped there, the card joins the other in a cluster (CLU-5). */
  side: "before" | "after" | "onto";
}
