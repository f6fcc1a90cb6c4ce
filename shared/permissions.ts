import { isAuthorOf } from "./core/authorTags";
import type { Actor, Card } from "./model";

/** A participant may edit, move or delete the cards they wrote; a moderator may touch any card. */
export function mayChangeCard(actor: Actor, card: Pick<Card, "type" | "id" | "authorId">): boolean {
  if (actor.role === "moderator") return true;
  return isAuthorOf(card, actor.authorId);
}
