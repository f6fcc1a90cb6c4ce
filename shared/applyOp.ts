import type { BoardView } from "./boardView";
import type { Change } from "./changes";
import { type Problem, problem } from "./errors";
import { LIMITS } from "./limits";
import type { Actor, Card } from "./model";
import type { Op, OpOf } from "./ops";
import { isValidRank, rankBetween } from "./ordering";
import { MODERATOR_OPS, mayChangeCard } from "./permissions";

export type OpOutcome = { ok: true; change: Change } | { ok: false; problem: Problem };

const fail = (p: Problem): OpOutcome => ({ ok: false, problem: p });
const done = (change: Change): OpOutcome => ({ ok: true, change });

/**
 * Decides what an op does to a board: the one rule book, run by the server to commit and by the
 * client to show the result before the server answers. Pure: reads the view, returns a change.
 */
export function applyOp(view: BoardView, op: Op, actor: Actor, now: number): OpOutcome {
  if (MODERATOR_OPS.has(op.type) && actor.role !== "moderator") {
    return fail(problem("forbidden", `Only a moderator may ${op.type.replace(".", " ")}.`));
  }
  switch (op.type) {
    case "board.update":
      return updateBoard(view, op);
    case "column.add":
      return addColumn(view, op);
    case "column.rename":
      return renameColumn(view, op);
    case "column.move":
      return moveColumn(view, op);
    case "column.remove":
      return removeColumn(view, op);
    case "card.add":
      return addCard(view, op, actor, now);
    case "card.edit":
      return editCard(view, op, actor, now);
    case "card.move":
      return moveCard(view, op, actor, now);
    case "card.remove":
      return removeCard(view, op, actor);
  }
}

function updateBoard(view: BoardView, op: OpOf<"board.update">): OpOutcome {
  const board = view.board();
  if (op.baseVersion !== board.version) {
    return fail(problem("conflict", "The board was changed by someone else meanwhile.", { current: board }));
  }
  return done({
    type: "board.put",
    board: { ...board, title: op.title, description: op.description, version: board.version + 1 },
  });
}

function addColumn(view: BoardView, op: OpOf<"column.add">): OpOutcome {
  if (view.column(op.columnId)) return fail(problem("already_exists", "A column with this id exists."));
  if (view.columnCount() >= LIMITS.columnsPerBoard) {
    return fail(problem("limit_reached", `A board holds at most ${LIMITS.columnsPerBoard} columns.`));
  }
  const rank = settleColumnRank(view, op.rank, op.columnId);
  return done({ type: "column.put", column: { id: op.columnId, title: op.title, rank, version: 1 } });
}

function renameColumn(view: BoardView, op: OpOf<"column.rename">): OpOutcome {
  const column = view.column(op.columnId);
  if (!column) return fail(problem("not_found", "This column no longer exists."));
  if (op.baseVersion !== column.version) {
    return fail(problem("conflict", "The column was renamed by someone else meanwhile.", { current: column }));
  }
  return done({ type: "column.put", column: { ...column, title: op.title, version: column.version + 1 } });
}

function moveColumn(view: BoardView, op: OpOf<"column.move">): OpOutcome {
  const column = view.column(op.columnId);
  if (!column) return fail(problem("not_found", "This column no longer exists."));
  const rank = settleColumnRank(view, op.rank, op.columnId);
  return done({ type: "column.put", column: { ...column, rank } });
}

function removeColumn(view: BoardView, op: OpOf<"column.remove">): OpOutcome {
  if (!view.column(op.columnId)) return fail(problem("not_found", "This column no longer exists."));
  return done({ type: "column.removed", columnId: op.columnId, cardIds: view.cardIdsInColumn(op.columnId) });
}

function addCard(view: BoardView, op: OpOf<"card.add">, actor: Actor, now: number): OpOutcome {
  if (view.card(op.cardId)) return fail(problem("already_exists", "A card with this id exists."));
  if (!view.column(op.columnId)) return fail(problem("not_found", "This column no longer exists."));
  if (view.cardCount() >= LIMITS.cardsPerBoard) {
    return fail(problem("limit_reached", `A board holds at most ${LIMITS.cardsPerBoard} cards.`));
  }
  const card: Card = {
    id: op.cardId,
    columnId: op.columnId,
    rank: settleCardRank(view, op.columnId, op.rank, op.cardId),
    authorId: actor.authorId,
    authorName: op.authorName,
    content: op.content,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return done({ type: "card.put", card });
}

function findOwnCard(view: BoardView, cardId: string, actor: Actor): Card | Problem {
  const card = view.card(cardId);
  if (!card) return problem("not_found", "This card no longer exists.");
  if (!mayChangeCard(actor, card)) return problem("forbidden", "Only its author or a moderator may change this card.");
  return card;
}

function isProblem(value: Card | Problem): value is Problem {
  return "code" in value;
}

function editCard(view: BoardView, op: OpOf<"card.edit">, actor: Actor, now: number): OpOutcome {
  const card = findOwnCard(view, op.cardId, actor);
  if (isProblem(card)) return fail(card);
  if (card.content.kind !== op.content.kind) {
    return fail(problem("invalid_input", `This card is a ${card.content.kind}; its kind cannot change.`));
  }
  if (op.baseVersion !== card.version) {
    return fail(problem("conflict", "Someone else saved this card meanwhile.", { current: card }));
  }
  return done({ type: "card.put", card: { ...card, content: op.content, version: card.version + 1, updatedAt: now } });
}

function moveCard(view: BoardView, op: OpOf<"card.move">, actor: Actor, now: number): OpOutcome {
  const card = findOwnCard(view, op.cardId, actor);
  if (isProblem(card)) return fail(card);
  if (!view.column(op.columnId)) return fail(problem("not_found", "The target column no longer exists."));
  const rank = settleCardRank(view, op.columnId, op.rank, op.cardId);
  return done({ type: "card.put", card: { ...card, columnId: op.columnId, rank, updatedAt: now } });
}

function removeCard(view: BoardView, op: OpOf<"card.remove">, actor: Actor): OpOutcome {
  const card = findOwnCard(view, op.cardId, actor);
  if (isProblem(card)) return fail(card);
  return done({ type: "card.removed", cardId: card.id });
}

/**
 * Moves are last-writer-wins, so two people can drop into the same gap at once and pick the same
 * rank. Instead of rejecting the later move, place it right after the taken rank.
 */
function settleCardRank(view: BoardView, columnId: string, wanted: string, cardId: string): string {
  if (!isValidRank(wanted)) return rankBetween(view.lastCardRank(columnId, cardId), null);
  if (!view.cardRankTaken(columnId, wanted, cardId)) return wanted;
  return rankBetween(wanted, view.nextCardRank(columnId, wanted, cardId));
}

function settleColumnRank(view: BoardView, wanted: string, columnId: string): string {
  if (!isValidRank(wanted)) return rankBetween(view.lastColumnRank(columnId), null);
  if (!view.columnRankTaken(wanted, columnId)) return wanted;
  return rankBetween(wanted, view.nextColumnRank(wanted, columnId));
}
