import type { BaseRecord } from "../../core/records";
import type { Redact } from "../../core/visibility";
import type { Card } from "../../model";

const ownCard = (card: Card, authorId: string | null) => authorId !== null && card.authorId === authorId;

/**
 * MOD-5: while names are hidden a card's author name reaches its author alone, moderators included;
 * names of cards merged into it (CLU-6) reach nobody. The flag is on the card (kept in step by
 * `moderation.names`), because redaction sees a record and its viewer, not the board's settings.
 */
export const redactCard: Redact = (record: BaseRecord, viewer) => {
  const card = record as Card;
  if (!card.nameHidden) return record;
  const merged = card.merged?.map((words) => ({ ...words, authorName: null }));
  const name = ownCard(card, viewer.authorId) ? card.authorName : null;
  return { ...card, authorName: name, ...(merged ? { merged } : {}) } as Card;
};

/** Only a card with a hidden name shows its author more than others, moderators included. */
const hidesName = (record: BaseRecord): boolean => (record as Card).nameHidden === true;

/** The card record type's visibility: its audiences come from cardAudience, its fields from redactCard. */
export const cardVisibility = {
  redact: redactCard,
  authorSeesMore: hidesName,
  hidesFromModerators: hidesName,
};
