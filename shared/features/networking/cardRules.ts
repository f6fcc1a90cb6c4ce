import { isAuthorOf, recordsOfAuthor } from "../../core/authorTags";
import { putWrite, removeWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { type Problem, problem } from "../../errors";
import { LIMITS } from "../../limits";
import type { NetworkingOp as Op, NetworkingOpOf as OpOf } from "./ops";
import type { BusinessCard } from "./records";
import { regionFromList } from "./regions";
import { withoutEditKey } from "./visibility";

const missing = () => fail(problem("not_found", "This business card no longer exists."));
const isProblem = (value: unknown): value is Problem => typeof value === "object" && value !== null && "code" in value;

/** What a person writes on their card, as the op carries it. */
function fieldsOf(op: OpOf<"businessCard.publish"> | OpOf<"businessCard.update">) {
  const { name, organisation, role, fieldsOfWork, region, topics, offers, seeks, about, contact } = op;
  return { name, organisation, role, fieldsOfWork, region, topics, offers, seeks, about, contact };
}

/**
 * NET-1, NET-3, NET-6: publishing, editing and deleting one's business card. One card per author and
 * board; the author is the browser that published it or last opened its edit link (businessCard.claim,
 * which the server alone commits: claimRules.ts).
 */
export const businessCardRules: OpRule<Op>[] = [
  rule<Op, "businessCard.publish">({
    type: "businessCard.publish",
    apply(view, op, actor, now) {
      if (!actor.authorId)
        return fail(problem("forbidden", "Publishing a business card needs this browser's author id."));
      if (view.get("businessCard", op.cardId)) {
        return fail(problem("already_exists", "A business card with this id exists."));
      }
      const own = recordsOfAuthor<BusinessCard>(view, "businessCard", actor.authorId)[0];
      if (own) {
        return fail(
          problem("already_exists", "You already have a business card on this board; edit it instead.", {
            current: withoutEditKey(own),
          }),
        );
      }
      if (view.count("businessCard") >= LIMITS.businessCardsPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.businessCardsPerBoard} business cards.`));
      }
      const region = regionFromList(view, op.region);
      if (isProblem(region)) return fail(region);
      const card: BusinessCard = {
        type: "businessCard",
        id: op.cardId,
        version: 1,
        audience: "board",
        authorId: actor.authorId,
        ...fieldsOf(op),
        region,
        consent: { text: op.consent.text, at: now },
        editKeyHash: op.editKeyHash,
        createdAt: now,
        updatedAt: now,
      };
      return done(putWrite(card));
    },
  }),
  rule<Op, "businessCard.update">({
    type: "businessCard.update",
    apply(view, op, actor, now) {
      const card = view.get<BusinessCard>("businessCard", op.cardId);
      if (!card) return missing();
      if (!isAuthorOf(card, actor.authorId)) {
        return fail(problem("forbidden", "Only its author may edit a business card (open your edit link)."));
      }
      if (op.baseVersion !== card.version) {
        return fail(
          problem("conflict", "This business card was changed meanwhile.", { current: withoutEditKey(card) }),
        );
      }
      // NET-11: a region from the board's list, or the card's own from before the list.
      const region = regionFromList(view, op.region, card.region);
      if (isProblem(region)) return fail(region);
      const next: BusinessCard = { ...card, ...fieldsOf(op), region, version: card.version + 1, updatedAt: now };
      return done(putWrite(next));
    },
  }),
  rule<Op, "businessCard.newEditLink">({
    type: "businessCard.newEditLink",
    apply(view, op, actor) {
      const card = view.get<BusinessCard>("businessCard", op.cardId);
      if (!card) return missing();
      if (!isAuthorOf(card, actor.authorId)) {
        return fail(problem("forbidden", "Only its author may make a new edit link for a business card."));
      }
      // NET-8: not an edit of the card (its version stays, so no edit in flight conflicts).
      return done(putWrite({ ...card, editKeyHash: op.editKeyHash }));
    },
  }),
  rule<Op, "businessCard.remove">({
    type: "businessCard.remove",
    apply(view, op, actor) {
      const card = view.get<BusinessCard>("businessCard", op.cardId);
      if (!card) return missing();
      const isAuthor = isAuthorOf(card, actor.authorId);
      if (!isAuthor && actor.role !== "moderator") {
        return fail(problem("forbidden", "Only its author or a moderator may delete a business card."));
      }
      // NET-6: the store also erases the card's content from the op log it wrote before.
      return done({ ...removeWrite(card), forget: true });
    },
  }),
];
