import { isAuthorOf } from "../../core/authorTags";
import type { RecordTypeDefinition } from "../../core/recordType";
import type { BusinessCard, ContactFields, ContactVisibility } from "./records";

/** A card without the hash of its edit link's secret: what any viewer, its author too, may receive. */
export function withoutEditKey(card: BusinessCard): BusinessCard {
  if (card.editKeyHash === undefined) return card;
  const { editKeyHash: _secret, ...rest } = card;
  return rest;
}

function contactFor(contact: ContactFields, allowed: ReadonlySet<ContactVisibility>): ContactFields {
  const keep = <F extends ContactFields[keyof ContactFields]>(field: F) =>
    field && allowed.has(field.visibility) ? field : null;
  return { email: keep(contact.email), phone: keep(contact.phone), website: keep(contact.website) };
}

const FOR_MODERATORS: ReadonlySet<ContactVisibility> = new Set(["board", "moderators"]);
const FOR_PARTICIPANTS: ReadonlySet<ContactVisibility> = new Set(["board"]);

/**
 * NET-2: each contact field reaches whom its visibility names: "board" everyone, "moderators" the
 * moderators and the card's author, "nobody" the card's author alone (not the moderators). The edit
 * link's hash reaches nobody at all, the author included.
 */
export const businessCardVisibility: RecordTypeDefinition = {
  type: "businessCard",
  authorSeesMore: true,
  hidesFromModerators: true,
  redact(record, viewer) {
    const card = withoutEditKey(record as BusinessCard);
    if (isAuthorOf(card, viewer.authorId)) return card;
    const allowed = viewer.role === "moderator" ? FOR_MODERATORS : FOR_PARTICIPANTS;
    return { ...card, contact: contactFor(card.contact, allowed) };
  },
};
