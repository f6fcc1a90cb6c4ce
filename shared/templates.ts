import type { BaseRecord } from "./core/records";
import { WALL_SETTINGS_ID, type WallSettings } from "./features/networking/records";
import type { BoardMeta, BoardView, Column } from "./model";

/** A column a template starts a board with. */
export interface TemplateColumn {
  title: string;
  /** Shown under the title (COL-4); at most LIMITS.columnDescription characters. */
  description: string;
}

/** The networking wall's lists a template starts with (WallSettings). */
export interface TemplateWall {
  fieldsOfWork: readonly string[];
  regions: readonly string[];
  topics: readonly string[];
}

interface Template {
  columns: readonly TemplateColumn[];
  /** The views the board shows, the first one opening by default (VIEW-1). */
  views: readonly BoardView[];
  /** The wall's lists, for a template whose board has a wall from the start. */
  wall?: TemplateWall;
}

/**
 * Board templates a creator picks from. Column titles, descriptions and the wall's lists stay
 * German: they are the network's own words, and the board's language.
 */
export const TEMPLATES = {
  empty: { columns: [] as readonly TemplateColumn[], views: ["columns"] as readonly BoardView[] },
  stammtisch: {
    views: ["columns", "meetings"] as readonly BoardView[],
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
  /**
   * A networking board opens on its wall and shows nothing else: empty theme columns would only
   * say "no columns yet"; its moderators add columns or meetings in the board's settings (VIEW-2).
   */
  vernetzung: {
    columns: [] as readonly TemplateColumn[],
    views: ["wall"] as readonly BoardView[],
    wall: {
      fieldsOfWork: [
        "Kultur",
        "Bildung",
        "Soziale Arbeit",
        "Jugendarbeit",
        "Klima und Umwelt",
        "Energie",
        "Regionalentwicklung",
        "Landwirtschaft",
        "Mobilität",
        "Gesundheit und Pflege",
        "Wirtschaft",
        "Handwerk",
        "Tourismus",
        "Wissenschaft und Forschung",
        "Verwaltung",
        "Politik",
        "Medien",
        "Digitales",
        "Sport",
      ],
      regions: [
        "Cottbus",
        "Landkreis Görlitz",
        "Landkreis Bautzen",
        "Landkreis Spree-Neiße",
        "Landkreis Oberspreewald-Lausitz",
        "Landkreis Dahme-Spreewald",
        "Landkreis Elbe-Elster",
        "Hoyerswerda",
        "Görlitz",
        "Bautzen",
        "Weißwasser",
        "Senftenberg",
        "Spremberg",
        "Zittau",
      ],
      topics: [],
    } as TemplateWall,
  },
} as const satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** A new board's first records: its own record and its columns. */
export function newBoardRecords(
  board: { id: string; title: string; description: string; createdAt: number; views?: readonly BoardView[] },
  columns: readonly { id: string; title: string; description?: string; rank: string }[],
): [BoardMeta, ...Column[]] {
  const { id, title, description, createdAt, views } = board;
  const meta: BoardMeta = {
    type: "board",
    id,
    version: 1,
    audience: "board",
    authorId: null,
    title,
    description,
    createdAt,
    ...(views ? { views: [...views] } : {}),
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
  const { columns, views } = TEMPLATES[board.template];
  return newBoardRecords(
    { ...board, views },
    columns.map(({ title, description }, index) => ({ id: columnIds[index], title, description, rank: ranks[index] })),
  );
}

/** The wall's lists a template starts with, as the board's WallSettings record; none without a wall. */
export function templateWallSettings(template: TemplateName): WallSettings | null {
  const chosen: Template = TEMPLATES[template];
  if (!chosen.wall) return null;
  return {
    type: "wallSettings",
    id: WALL_SETTINGS_ID,
    version: 1,
    audience: "board",
    authorId: null,
    fieldsOfWork: [...chosen.wall.fieldsOfWork],
    regions: [...chosen.wall.regions],
    topics: [...chosen.wall.topics],
  };
}

/** Every first record of a board from a template: its board record, its columns, its wall's lists. */
export function templateRecords(
  board: { id: string; title: string; description: string; template: TemplateName; createdAt: number },
  columnIds: readonly string[],
  ranks: readonly string[],
): BaseRecord[] {
  const wall = templateWallSettings(board.template);
  return [...boardRecordsFromTemplate(board, columnIds, ranks), ...(wall ? [wall] : [])];
}
