import { type CSSProperties, useMemo, useRef, useSyncExternalStore } from "react";
import { type BoardState, columnsOf } from "../../../shared/boardState";
import { cardsByColumnSelector, sortedColumns } from "../board";
import { cardLabel } from "../topics";
import { useFitText } from "./useFitText";
import { useProjectorT } from "./useProjectorT";

/** A column narrower than this is hard to read from the back of a room: more columns go into rows. */
const NARROWEST_COLUMN_PX = 240;

/** Columns per row for a screen `width` px wide: as many as fit, in rows of even length (PROJ-3). */
export function columnsPerRow(count: number, width: number): number {
  const fitting = Math.max(1, Math.floor(width / NARROWEST_COLUMN_PX));
  return Math.ceil(count / Math.ceil(count / fitting));
}

const onResize = (changed: () => void) => {
  window.addEventListener("resize", changed);
  return () => window.removeEventListener("resize", changed);
};
const screenWidth = () => window.innerWidth;

/**
 * PROJ-3: every column of the board at once, fitted to the screen: no column off to the side and no
 * scrolling sideways, at 1280×720 (seven columns in two rows) as at 1920×1080 (in one). Type grows
 * with each column's width; smaller where a column holds more than fits, and no word is cut (useFitText).
 */
export function WholeBoard({ board }: { board: BoardState }) {
  const t = useProjectorT();
  const boardColumns = columnsOf(board);
  const columns = useMemo(() => sortedColumns(boardColumns), [boardColumns]);
  const selectCards = useMemo(() => cardsByColumnSelector(), []);
  const cards = selectCards(board);
  const list = useRef<HTMLOListElement>(null);
  const width = useSyncExternalStore(onResize, screenWidth);
  useFitText(list);
  if (columns.length === 0) return <p className="projector-empty">{t("projector.empty")}</p>;
  const perRow = columnsPerRow(columns.length, width);
  const rows = Math.ceil(columns.length / perRow);
  return (
    <ol
      ref={list}
      className="projector-columns"
      style={{ "--projector-per-row": perRow, "--projector-rows": rows } as CSSProperties}
      data-testid="projector-columns"
    >
      {columns.map((column) => {
        const inColumn = cards.get(column.id) ?? [];
        return (
          <li key={column.id} className="projector-column" data-testid="projector-column">
            <h2 className="projector-column-title projector-fit">{column.title}</h2>
            <p className="projector-count">
              {inColumn.length === 1 ? t("projector.cards.one") : t("projector.cards", { count: inColumn.length })}
            </p>
            <ul className="projector-cards projector-fit-height">
              {inColumn.map((card) => (
                <li key={card.id} className="projector-card projector-fit" data-testid="projector-card">
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
