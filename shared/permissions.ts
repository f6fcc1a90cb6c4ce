import type { Actor, Card } from "./model";
import type { OpType } from "./ops";

/** Ops only a moderator may send. Card ops are checked per card instead: see mayChangeCard. */
export const MODERATOR_OPS: ReadonlySet<OpType> = new Set([
  "board.update",
  "column.add",
  "column.rename",
  "column.move",
  "column.remove",
]);

/** A participant may edit, move or delete the cards they wrote; a moderator may touch any card. */
export function mayChangeCard(actor: Actor, card: Pick<Card, "authorId">): boolean {
  if (actor.role === "moderator") return true;
  return card.authorId !== null && card.authorId === actor.authorId;
}
