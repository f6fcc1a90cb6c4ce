import type { BoardMeta, Column } from "./model";

/** A column a template starts a board with. */
export interface TemplateColumn {
  title: string;
  /** Shown under the title (COL-4); at most LIMITS.columnDescription characters. */
  description: string;
}

/**
 * Board templates a creator picks from. Column titles and descriptions stay German: they are the
 * network's own words, and the board's language.
 */
export const TEMPLATES = {
  empty: { columns: [] as readonly TemplateColumn[] },
  stammtisch: {
    columns: [
      {
        title: "Klimaschutz & Energiewende",
        description:
          "Ideen und Projekte für weniger CO₂ vor Ort: Bürgerenergie, Wärmeplanung, Solardächer, Energiesparen in Verein, Betrieb und Gemeinde.",
      },
      {
        title: "Mobilität und lokale Infrastruktur",
        description:
          "Wie wir unterwegs sind und was der Ort dafür braucht: Bus und Bahn, Radwege, Mitfahren und Carsharing, Breitband, Treffpunkte, Nahversorgung.",
      },
      {
        title: "Nachhaltiges Wirtschaften",
        description:
          "Betriebe, Handwerk und Landwirtschaft mit Zukunft: regionale Kreisläufe, Gründungen, Fachkräfte und gute Arbeit in der Region.",
      },
      {
        title: "Strukturwandel-Strukturen",
        description:
          "Wer gestaltet den Wandel in der Region, und wie? Netzwerke, Beteiligung, Fördermittel, Verwaltung und Zusammenarbeit über Ortsgrenzen hinweg.",
      },
      {
        title: "Engagement und Zivilgesellschaft",
        description:
          "Ehrenamt, Vereine und Initiativen: Wo packen Menschen schon mit an, was brauchen sie dafür, und wie finden wir Mitstreiterinnen und Mitstreiter?",
      },
      {
        title: "…und mehr",
        description:
          "Alles, was in keine andere Spalte passt: neue Themen, offene Fragen, Hinweise und Wünsche an den Stammtisch.",
      },
    ] as readonly TemplateColumn[],
  },
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** A new board's first records: its own record and its columns. */
export function newBoardRecords(
  board: { id: string; title: string; description: string; createdAt: number },
  columns: readonly { id: string; title: string; description?: string; rank: string }[],
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
    ({ id, title, description = "", rank }): Column => ({
      type: "column",
      id,
      version: 1,
      audience: "board",
      authorId: null,
      title,
      description,
      rank,
    }),
  );
  return [meta, ...records];
}

/** A new board from a template: its columns in the template's order. */
export function boardRecordsFromTemplate(
  board: { id: string; title: string; description: string; template: TemplateName; createdAt: number },
  columnIds: readonly string[],
  ranks: readonly string[],
): [BoardMeta, ...Column[]] {
  const columns = TEMPLATES[board.template].columns;
  return newBoardRecords(
    board,
    columns.map(({ title, description }, index) => ({ id: columnIds[index], title, description, rank: ranks[index] })),
  );
}
