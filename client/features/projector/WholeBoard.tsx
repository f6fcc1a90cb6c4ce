import { type CSSProperties, useMemo } from "react";
import { type BoardState, columnsOf } from "../../../shared/boardState";
import { cardsByColumnSelector, sortedColumns } from "../board";
import { cardLabel } from "../topics";
import { useProjectorT } from "./useProjectorT";

/** Columns per row: one row up to eight, then rows of even length (PROJ-3). */
export function columnsPerRow(count: number): number {
  if (count <= 8) return Math.max(1, count);
  return Math.ceil(count / Math.ceil(count / 7));
}

/**
 * PROJ-3: every column of the board at once, fitted to the screen: no column off to the side and no
 * scrolling sideways, at 1280×720 as at 1920×1080. Type grows with each column's width.
 */
export function WholeBoard({ board }: { board: BoardState }) {
  const t = useProjectorT();
  const boardColumns = columnsOf(board);
  const columns = useMemo(() => sortedColumns(boardColumns), [boardColumns]);
  const selectCards = useMemo(() => cardsByColumnSelector(), []);
  const cards = selectCards(board);
  if (columns.length === 0) return <p className="projector-empty">{t("projector.empty")}</p>;
  const perRow = columnsPerRow(columns.length);
  const rows = Math.ceil(columns.length / perRow);
  return (
    <ol
      className="projector-columns"
      style={{ "--projector-per-row": perRow, "--projector-rows": rows } as CSSProperties}
      data-testid="projector-columns"
    >
      {columns.map((column) => {
        const inColumn = cards.get(column.id) ?? [];
        return (
          <li key={column.id} className="projector-column" data-testid="projector-column">
            <h2 className="projector-column-title">{column.title}</h2>
            <p className="projector-count">
              {inColumn.length === 1 ? t("projector.cards.one") : t("projector.cards", { count: inColumn.length })}
            </p>
            <ul className="projector-cards">
              {inColumn.map((card) => (
                <li key={card.id} className="projector-card" data-testid="projector-card">
                  {cardLabel(card.content)}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
