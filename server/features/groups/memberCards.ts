import type { GroupMembership } from "../../../shared/features/groups";
import type { BusinessCard, ContactFields } from "../../../shared/features/networking";
import { EmailAddress } from "../../../shared/fields";

/** A member as exported: the membership, and their business card as the requester may read it. */
export interface ExportedMember {
  membership: GroupMembership;
  card: BusinessCard | null;
}

const NO_CONTACT: ContactFields = { email: null, phone: null, website: null };

/**
 * A member as a business card for the vCard writers (AG-5): their card when they joined with it (its
 * id, so the contact is the one the wall's vCards made), else a card of their name; the contact
 * address they gave the group goes in as email or phone, ahead of the card's own.
 */
export function memberAsCard({ membership, card }: ExportedMember): BusinessCard {
  const base: BusinessCard = card ?? {
    type: "businessCard",
    id: membership.id,
    version: 1,
    audience: "board",
    authorId: membership.authorId,
    name: membership.name,
    organisation: "",
    role: "",
    fieldsOfWork: [],
    region: "",
    topics: [],
    offers: "",
    seeks: "",
    about: "",
    contact: NO_CONTACT,
    consent: { text: "", at: membership.createdAt },
    createdAt: membership.createdAt,
    updatedAt: membership.createdAt,
  };
  const given = membership.contact?.value;
  if (!given) return base;
  const field = { value: given, visibility: "board" as const };
  const contact = EmailAddress.safeParse(given).success
    ? { ...base.contact, email: field }
    : { ...base.contact, phone: field };
  return { ...base, contact };
}

/** Columns of the CSV: what the member gave the group, then what their card shows the requester. */
export function memberRow({ membership, card }: ExportedMember, joinedAt: string): string[] {
  return [
    membership.name,
    membership.contact?.value ?? "",
    card?.organisation ?? "",
    card?.role ?? "",
    card?.contact.email?.value ?? "",
    card?.contact.phone?.value ?? "",
    card?.contact.website?.value ?? "",
    joinedAt,
  ];
}

export const MEMBER_CSV_HEADER = {
  de: [
    "Name",
    "Kontakt",
    "Organisation",
    "Rolle",
    "E-Mail (Visitenkarte)",
    "Telefon (Visitenkarte)",
    "Website",
    "Dabei seit",
  ],
  en: [
    "Name",
    "Contact",
    "Organisation",
    "Role",
    "Email (business card)",
    "Phone (business card)",
    "Website",
    "Joined",
  ],
} as const;
