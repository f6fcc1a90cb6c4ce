import type { BaseRecord } from "./core/records";
import type { Language } from "./languages";

/**
 * HTTP-7: what the server hands the client's render of a board page's first paint
 * (client/boardPaint.tsx): the page's address, and the board as a visitor without keys sees it.
 */
export interface BoardPaintRequest {
  boardId: string;
  address: { origin: string; pathname: string; search: string };
  records: readonly BaseRecord[];
  revision: number;
  language: Language;
}

/** What the client's server bundle offers the server. */
export interface BoardPaintModule {
  renderBoardPaint(request: BoardPaintRequest): Promise<string>;
}

/** The attribute that marks a served first paint as a board's own, with its content. */
export const BOARD_PAINT_MARK = "data-board-paint";

/** The attribute of the inert template that holds a painted board's code preloads until its paint is on screen. */
export const AFTER_PAINT_MARK = "data-after-paint";
