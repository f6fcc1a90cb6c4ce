import type { Card } from "../../../../shared/model";
import type { ExportView } from "../exportView";
import type { ExportWords } from "../words";

/**
 * One record family's part of the minutes: its Markdown, or null when the board has none of it.
 * The minutes are the list of sections (sections/index.ts) in order.
 */
export interface MinutesSection {
  name: string;
  markdown(board: ExportView): string | null;
}

/**
 * A fact about a card that another family adds (its cluster, its group, its votes): a column of the
 * cards' CSV and a note on the card's line in the minutes.
 */
export interface CardFact {
  name: string;
  header(words: ExportWords): string;
  /** "" when the card has none. */
  value(card: Card, board: ExportView): string;
}
