import { csvText } from "../../core/csvText";
import type { ExportView } from "./exportView";
import { CARD_FACTS, type CardFact } from "./sections";
import { cardBody, cardLink, cardsOf, cardTitle, columnsOf } from "./sections/cards";
import { berlinDateTime } from "./words";

/**
 * The board's cards as CSV in German Excel's conventions (EXP-8): a byte order mark, `;`, CRLF,
 * one row per card in the board's order with its column, text, author and every card fact.
 */
export function cardTableCsv(board: ExportView, facts: readonly CardFact[] = CARD_FACTS): string {
  const { words, language } = board;
  const header = [...words.cardHeader, ...facts.map((fact) => fact.header(words))];
  const rows = columnsOf(board).flatMap((column) =>
    cardsOf(board, column.id).map((card) => [
      column.title,
      cardTitle(card),
      cardBody(card),
      cardLink(card),
      card.authorName ?? words.anonymous,
      berlinDateTime(card.createdAt, language),
      ...facts.map((fact) => fact.value(card, board)),
    ]),
  );
  return `\uFEFF${csvText([header, ...rows], ";")}`;
}
