import type { RecordWrite } from "./core/records";

/**
 * A committed op with its place in the board's history: the records it wrote, not the request, so
 * every replica applies it the same way however its own state looked. What one receiver gets holds
 * only the writes it may see, possibly none; its revision still counts.
 */
export interface Committed {
  revision: number;
  opId: string;
  writes: RecordWrite[];
}
