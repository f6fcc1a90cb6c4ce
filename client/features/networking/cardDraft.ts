import type { BusinessCard, ContactVisibility } from "../../../shared/features/networking/records";
import { orNull } from "../../core/orNull";

export const CONTACTS = ["email", "phone", "website"] as const;
export type ContactName = (typeof CONTACTS)[number];

/** What the card form holds while it is filled in. */
export interface CardDraft {
  name: string;
  organisation: string;
  role: string;
  fieldsOfWork: string[];
  region: string;
  topics: string[];
  offers: string;
  seeks: string;
  about: string;
  contact: Record<ContactName, { value: string; visibility: ContactVisibility }>;
  consent: boolean;
}

/** The form's start: the card to edit, or an empty one (the website shown to the board, the rest to moderators). */
export function draftOf(card: BusinessCard | null): CardDraft {
  const contact = (name: ContactName) => ({
    value: card?.contact[name]?.value ?? "",
    visibility: card?.contact[name]?.visibility ?? (name === "website" ? "board" : "moderators"),
  });
  return {
    name: card?.name ?? "",
    organisation: card?.organisation ?? "",
    role: card?.role ?? "",
    fieldsOfWork: card ? [...card.fieldsOfWork] : [],
    region: card?.region ?? "",
    topics: card ? [...card.topics] : [],
    offers: card?.offers ?? "",
    seeks: card?.seeks ?? "",
    about: card?.about ?? "",
    contact: { email: contact("email"), phone: contact("phone"), website: contact("website") },
    consent: false,
  };
}

/** The fields every card op carries, from the form: an empty contact field is none. */
export function fieldsOf(draft: CardDraft) {
  const contact = (name: ContactName) => {
    const value = orNull(draft.contact[name].value);
    return value === null ? null : { value, visibility: draft.contact[name].visibility };
  };
  return {
    name: draft.name,
    organisation: draft.organisation,
    role: draft.role,
    fieldsOfWork: draft.fieldsOfWork,
    region: draft.region,
    topics: draft.topics,
    offers: draft.offers,
    seeks: draft.seeks,
    about: draft.about,
    contact: { email: contact("email"), phone: contact("phone"), website: contact("website") },
  };
}

/** Whether the topics hold this one already, whatever its case. */
export const hasTopic = (topics: readonly string[], topic: string) =>
  topics.some((own) => own.toLocaleLowerCase("de") === topic.toLocaleLowerCase("de"));

/** The topics with one more (trimmed), unless it is empty or there already. */
export function withTopic(topics: string[], typed: string): string[] {
  const topic = typed.trim();
  return topic && !hasTopic(topics, topic) ? [...topics, topic] : topics;
}
