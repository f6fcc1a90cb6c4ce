import type { BoardMeta, Column } from "./model";

/** Board templates a creator picks from. Column titles stay German: they are the network's own words. */
export const TEMPLATES = {
  empty: { columns: [] as string[] },
  stammtisch: {
    columns: [
      "Klimaschutz & Energiewende",
      "Mobilität und lokale Infrastruktur",
      "Nachhaltiges Wirtschaften",
      "Strukturwandel-Strukturen",
      "Engagement und Zivilgesellschaft",
      "…und mehr",
    ],
  },
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** A new board's first records: its own record and its columns. */
export function newBoardRecords(
  board: { id: string; title: string; description: string; createdAt: number },
  columns: readonly { id: string; title: string; rank: string }[],
): [BoardMeta, ...Column[]] {
  const { id, title, description, createdAt } = board;
  const meta: BoardMeta = {
    type: "board",
    id,
    version: 1,
    audience: "board",
    authorId: null,
    title,
    description,
    createdAt,
  };
  const records = columns.map(
    (column): Column => ({ type: "column", version: 1, audience: "board", authorId: null, ...column }),
  );
  return [meta, ...records];
}

/** A new board from a template: its columns in the template's order. */
export function boardRecordsFromTemplate(
  board: { id: string; title: string; description: string; template: TemplateName; createdAt: number },
  columnIds: readonly string[],
  ranks: readonly string[],
): [BoardMeta, ...Column[]] {
  const titles = TEMPLATES[board.template].columns;
  return newBoardRecords(
    board,
    titles.map((title, index) => ({ id: columnIds[index], title, rank: ranks[index] })),
  );
}
