import type { Card } from "../../../../shared/model";
import type { ExportView } from "../exportView";
import { mdLine, mdLines, mdLink } from "../markdownText";
import { cardBody, cardLink, cardsOf, cardTitle, columnsOf } from "./cards";
import type { CardFact } from "./section";

const INDENT = "  ";

function cardMarkdown(card: Card, board: ExportView, facts: readonly CardFact[]): string {
  const author = card.authorName ? mdLine(card.authorName) : board.words.anonymous;
  const notes = facts.flatMap((fact) => {
    const value = fact.value(card, board);
    return value ? [`${mdLine(fact.header(board.words))}: ${mdLine(value)}`] : [];
  });
  const lines = [`- **${mdLine(cardTitle(card))}** (${[author, ...notes].join(" · ")})`];
  const body = mdLines(cardBody(card), INDENT);
  if (body) lines.push(`${INDENT}${body}`);
  const link = mdLink(cardLink(card));
  if (link) lines.push(`${INDENT}${link}`);
  return lines.join("  \n");
}

/** The theme columns with their cards, in the board's order; `facts` are what other families add to a card. */
export function columnsSection(facts: readonly CardFact[]) {
  return {
    name: "columns",
    markdown(board: ExportView): string | null {
      const columns = columnsOf(board);
      if (columns.length === 0) return null;
      const parts = [`## ${board.words.columns}`];
      for (const column of columns) {
        parts.push(`### ${mdLine(column.title)}`);
        const description = mdLines(column.description);
        if (description) parts.push(`*${description}*`);
        const cards = cardsOf(board, column.id);
        parts.push(
          cards.length === 0 ? board.words.noCards : cards.map((card) => cardMarkdown(card, board, facts)).join("\n"),
        );
      }
      return parts.join("\n\n");
    },
  };
}
