import { type BoardExport, EXPORT_FORMAT, EXPORT_VERSION } from "../../../shared/boardExport";
import type { ExportView } from "./exportView";

const byTypeAndId = (a: { type: string; id: string }, b: { type: string; id: string }) =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The whole board as its receiver sees it (EXP-9): every record of theirs, redacted and with authors
 * as tags as every exit hands them out, in a stable order. New record types come along unasked.
 */
export function boardJson({ boardId, revision, board, records, exportedAt }: ExportView): BoardExport {
  const { title, description, views } = board;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    revision,
    board: { id: boardId, title, description, ...(views ? { views } : {}) },
    records: records.filter((record) => record.type !== "board").sort(byTypeAndId),
  };
}
