import type { BaseRecord } from "./core/records";
import type { BoardView } from "./model";

export const EXPORT_FORMAT = "themenwand-board";
export const EXPORT_VERSION = 1;

/**
 * A board as `GET /api/boards/:boardId/export.json` writes it (EXP-9) and `POST /api/boards/import`
 * reads it (TPL-1): the receiver's own view of every record, the board's own record apart.
 */
export interface BoardExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  revision: number;
  board: { id: string; title: string; description: string; views?: BoardView[] };
  records: BaseRecord[];
}

/** The record types a template keeps (TPL-3): the board's structure, never what people put on it. */
const TEMPLATE_TYPES = new Set(["column", "meeting", "agendaItem", "wallSettings"]);

/**
 * A board's export as the template of a new one (TPL-3): its columns, settings and the meetings'
 * shape (no documentation, none cancelled, their agenda items), and its cards only when asked for. What people gave of
 * themselves (registrations, offers, business cards, feeds, votes, memberships) never comes along.
 */
export function asTemplate(source: BoardExport, options: { cards: boolean; title: string }): BoardExport {
  const records = source.records.flatMap((record): BaseRecord[] => {
    if (record.type === "card") return options.cards ? [record] : [];
    if (!TEMPLATE_TYPES.has(record.type)) return [];
    if (record.type !== "meeting") return [record];
    return [
      {
        ...record,
        status: "planned",
        documentation: { text: "", link: null },
        registered: 0,
        waiting: 0,
      } as BaseRecord,
    ];
  });
  return { ...source, board: { ...source.board, title: options.title }, records };
}
