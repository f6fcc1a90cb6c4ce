import type { Audience } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import type { Actor, Card } from "../../model";
import { MODERATION_WORDS_ID, type ModerationWords } from "./records";
import { isHiddenColumn, moderationOf } from "./settings";
import { matchesWordList } from "./words";

/** A card waiting, rejected or hidden until reveal reaches its author and the moderators only (MOD-1, MOD-3). */
export const cardAudience = (card: Pick<Card, "review" | "hiddenUntilReveal">): Audience =>
  card.review || card.hiddenUntilReveal ? "author" : "board";

/** The card with its audience worked out again from its moderation fields. */
export const withCardAudience = (card: Card): Card => ({ ...card, audience: cardAudience(card) });

/** Fields of a card set to none: removed rather than written as undefined, so stored and predicted records agree. */
export function without<K extends "review" | "reviewReason" | "hiddenUntilReveal" | "nameHidden">(
  card: Card,
  ...keys: K[]
): Card {
  const copy = { ...card };
  for (const key of keys) delete copy[key];
  return copy;
}

/** MOD-2: the list is moderators' only; a participant's browser does not hold it and predicts no match. */
function onWordList(view: RecordView, card: Card): boolean {
  const list = view.get<ModerationWords>("moderationWords", MODERATION_WORDS_ID);
  if (!list || list.words.length === 0) return false;
  const { title, body } = card.content;
  return matchesWordList(`${card.authorName ?? ""}\n${title}\n${body}`, list.words);
}

/**
 * A new card as the board's moderation takes it (MOD-1, MOD-2, MOD-3, MOD-5): a participant's waits
 * while approval is on or a listed word is in it, and stays with its author in a hidden column; every
 * card's name is hidden while names are. A moderator's card never waits and is never hidden.
 */
export function admittedCard(view: RecordView, card: Card, actor: Actor): Card {
  const settings = moderationOf(view);
  let next: Card = settings.namesHidden ? { ...card, nameHidden: true } : card;
  if (actor.role !== "moderator") {
    if (settings.approval || onWordList(view, next)) next = { ...next, review: "waiting" };
    if (isHiddenColumn(settings, next.columnId)) next = { ...next, hiddenUntilReveal: true };
  }
  return withCardAudience(next);
}

/**
 * A card after its participant author edited it (MOD-1, MOD-2): a rejected card goes back to the
 * queue, and so does an approved one while approval is on (what others read was approved as it
 * was) or when its new words are on the list. A moderator's edit leaves its review as it was.
 */
export function editedCard(view: RecordView, edited: Card, actor: Actor): Card {
  if (actor.role === "moderator") return withCardAudience(edited);
  const requeue = edited.review === "rejected" || moderationOf(view).approval || onWordList(view, edited);
  const next =
    requeue || edited.review === "waiting"
      ? { ...without(edited, "reviewReason"), review: "waiting" as const }
      : edited;
  return withCardAudience(next);
}

/**
 * MOD-1, MOD-3: a participant may not merge a card that others cannot read (waiting, rejected,
 * hidden) into one they can: its words would reach them unapproved or before the reveal.
 */
export function mergeWouldPublish(kept: Card, merged: Card, actor: Actor): boolean {
  return actor.role !== "moderator" && cardAudience(merged) !== "board" && cardAudience(kept) === "board";
}
