import { recordMapOf } from "../../../shared/core/recordState";
import type { BaseRecord } from "../../../shared/core/records";
import { type RecordView, viewOf } from "../../../shared/core/recordView";
import type { BoardMeta, BoardSnapshot } from "../../../shared/model";
import { EXPORT_WORDS, type ExportLanguage, type ExportWords } from "./words";

/**
 * What every writer reads: one receiver's snapshot (VIS-7), never the store. A writer that only
 * reads this cannot put into a file what its receiver may not see.
 */
export interface ExportView {
  boardId: string;
  revision: number;
  board: BoardMeta;
  /** The receiver's records, redacted for them, authors as tags (ANON-1). */
  records: readonly BaseRecord[];
  view: RecordView;
  moderator: boolean;
  language: ExportLanguage;
  words: ExportWords;
  exportedAt: number;
}

export function exportViewOf(
  snapshot: BoardSnapshot,
  options: { moderator: boolean; language: ExportLanguage; exportedAt: number },
): ExportView | undefined {
  const view = viewOf(recordMapOf(snapshot.records));
  const board = view.get<BoardMeta>("board", snapshot.boardId);
  if (!board) return undefined;
  return {
    boardId: snapshot.boardId,
    revision: snapshot.revision,
    board,
    records: snapshot.records,
    view,
    words: EXPORT_WORDS[options.language],
    ...options,
  };
}
