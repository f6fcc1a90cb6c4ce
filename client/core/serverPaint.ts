import { createContext, useContext } from "react";
import { BOARD_PAINT_MARK } from "../../shared/boardPaint";
import type { BoardState } from "../../shared/boardState";

/** The parts of a page's address that pages read while rendering. */
export interface PageAddress {
  origin: string;
  pathname: string;
  search: string;
}

/**
 * HTTP-7: set only while the server renders a board's first paint. The board's page then reads its
 * address and its board from here instead of the browser and a socket, and renders what a visitor
 * without keys sees (the board as `GET /api/boards/:id` answers it without headers).
 */
export interface ServerPaint {
  address: PageAddress;
  board: BoardState;
  revision: number;
}

export const ServerPaintContext = createContext<ServerPaint | null>(null);

/** The server's paint, or null in the browser. */
export const useServerPaint = (): ServerPaint | null => useContext(ServerPaintContext);

/** The page's address: the browser's, or the one the server renders for. */
export function usePageAddress(): PageAddress {
  return useServerPaint()?.address ?? window.location;
}

let servedBoardPaint: Element | null = null;

/**
 * HTTP-7: where the app renders. A board paint the server put into the page stays on screen, and the
 * app renders beside it until its board is there, so the board does not give way to a loading page
 * and come back; elsewhere the app replaces the page's first paint. Called once, by boot.tsx.
 */
export function appContainer(root: HTMLElement): HTMLElement {
  servedBoardPaint = root.querySelector(`:scope > [${BOARD_PAINT_MARK}]`);
  if (!servedBoardPaint) return root;
  const container = document.createElement("div");
  container.className = "app-root";
  root.append(container);
  return container;
}

/** The served board paint is still on screen. */
export const servedBoardPaintShown = (): boolean => servedBoardPaint !== null;

/** Takes the served board paint away: the board (or its loading or failure page) is rendered. */
export function removeServedBoardPaint(): void {
  servedBoardPaint?.remove();
  servedBoardPaint = null;
}

/**
 * An element of the served board paint that carries `attribute="value"`, while the paint is still on
 * screen: work the server already did for it (a QR code's modules) need not be done again.
 */
export function servedPaintPart(attribute: string, value: string): Element | null {
  if (!servedBoardPaint) return null;
  for (const element of servedBoardPaint.querySelectorAll(`[${attribute}]`)) {
    if (element.getAttribute(attribute) === value) return element;
  }
  return null;
}
