import type { BoardExport } from "../../shared/boardExport";
import type { BaseRecord } from "../../shared/core/records";
import { sortRanked } from "../../shared/ordering";

type Loose = BaseRecord & Record<string, unknown>;

/** What an export says apart from ids, versions, authors and times: what a round trip must keep (TPL-1). */
const NOT_CONTENT = new Set(["id", "version", "authorId", "createdAt", "updatedAt", "sequence"]);

/**
 * An export's content with every id replaced by the record's place (columns by rank, cards by their
 * column's place and rank, meetings by date and id order), so two exports compare equal ids aside.
 */
export function exportContent(exported: BoardExport) {
  const of = (type: string) => exported.records.filter((record) => record.type === type) as Loose[];
  const columns = sortRanked(of("column") as (Loose & { rank: string })[]);
  const columnPlace = new Map(columns.map((column, index) => [column.id, `column#${index}`]));
  const cards = sortRanked(of("card") as (Loose & { rank: string })[]).sort((a, b) =>
    String(columnPlace.get(a.columnId as string)).localeCompare(String(columnPlace.get(b.columnId as string))),
  );
  const cardPlace = new Map(cards.map((card, index) => [card.id, `card#${index}`]));
  const meetings = of("meeting").sort(
    (a, b) =>
      String(a.date).localeCompare(String(b.date)) ||
      String(a.startTime).localeCompare(String(b.startTime)) ||
      String(a.theme).localeCompare(String(b.theme)),
  );
  const content = (record: Loose) => {
    const kept = Object.entries(record).filter(([key]) => !NOT_CONTENT.has(key));
    return Object.fromEntries(
      kept.map(([key, value]) => {
        if (key === "columnId") return [key, columnPlace.get(value as string) ?? value];
        if (key === "themeCardId") return [key, value === null ? null : (cardPlace.get(value as string) ?? value)];
        return [key, value];
      }),
    );
  };
  const others = exported.records.filter((record) => !["column", "card", "meeting"].includes(record.type)) as Loose[];
  return {
    board: exported.board && { ...exported.board, id: undefined },
    columns: columns.map(content),
    cards: cards.map(content),
    meetings: meetings.map(content),
    others: others.map(content),
  };
}
