import { cardsIn } from "../../../../shared/features/columns";
import { type Card, type Column, columnWithDefaults, type StoredColumn } from "../../../../shared/model";
import { sortRanked } from "../../../../shared/ordering";
import type { ExportView } from "../exportView";

/** The board's columns in their order. */
export function columnsOf(board: ExportView): Column[] {
  return sortRanked(board.view.list<StoredColumn>("column").map(columnWithDefaults));
}

/** A column's cards in their order. */
export function cardsOf(board: ExportView, columnId: string): Card[] {
  return sortRanked(cardsIn(board.view, columnId));
}

/** A topic card's title; a kind without one (none today) shows its kind. */
export function cardTitle(card: Card): string {
  return card.content.kind === "topic" ? card.content.title : card.content.kind;
}

export function cardBody(card: Card): string {
  return card.content.kind === "topic" ? card.content.body : "";
}

export function cardLink(card: Card): string {
  return card.content.kind === "topic" ? (card.content.link ?? "") : "";
}
