import { isAuthorOf, recordsOfAuthor } from "../../core/authorTags";
import { putWrite } from "../../core/records";
import { done, fail, type OpRule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { BusinessCard } from "./records";

/**
 * NET-4: taking over a card with its private edit link. The server alone commits this op, after its
 * route (server/features/networking/claimRoute.ts) compared the link's secret with the card's hash in
 * constant time; no socket and no REST body can send it, since no op schema accepts its type. The
 * caller's author id becomes the card's author, so every later edit is an ordinary author's op, and
 * the card's secret is replaced by the caller's new one (NET-8), so the link just used is revoked.
 */
export type BusinessCardClaimOp = {
  type: "businessCard.claim";
  cardId: string;
  /** SHA-256 (hex) of the secret presented, checked again here inside the board's transaction. */
  editKeyHash: string;
  /** SHA-256 (hex) of the secret that replaces it (NET-8): the link just used stops working. */
  newKeyHash: string;
};

/** Equal strings, compared in time that depends on their length only (both are 64 hex digits here). */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

const noSuchCard = () => fail(problem("not_found", "No business card for this edit link."));

export const claimRules: OpRule<BusinessCardClaimOp>[] = [
  {
    type: "businessCard.claim",
    apply(view, op, actor) {
      if (!actor.authorId) return fail(problem("forbidden", "Taking over a card needs this browser's author id."));
      const card = view.get<BusinessCard>("businessCard", op.cardId);
      if (!card?.editKeyHash || !sameHash(card.editKeyHash, op.editKeyHash)) return noSuchCard();
      // Already this browser's card: nothing to change (and no revision spent on it).
      if (isAuthorOf(card, actor.authorId)) return done();
      // A card has one author: one who holds a card of their own may not take over a second one.
      const own = recordsOfAuthor<BusinessCard>(view, "businessCard", actor.authorId)[0];
      if (own) {
        return fail(problem("already_exists", "This browser already holds another business card on this board."));
      }
      return done(putWrite({ ...card, authorId: actor.authorId, editKeyHash: op.newKeyHash }, card));
    },
  },
];
