import type { BusinessCard, BusinessCardText, ContactVisibility } from "../../../shared/features/networking/records";
import { orNull } from "../../core/orNull";

export const CONTACTS = ["email", "phone", "website"] as const;
export type ContactName = (typeof CONTACTS)[number];

/** What the card form holds while it is filled in. */
export interface CardDraft extends BusinessCardText {
  contact: Record<ContactName, { value: string; visibility: ContactVisibility }>;
  consent: boolean;
}

const BLANK: BusinessCardText = {
  name: "",
  organisation: "",
  role: "",
  fieldsOfWork: [],
  region: "",
  topics: [],
  offers: "",
  seeks: "",
  about: "",
};

/** The written fields of a card or a draft, and nothing else (the lists copied). */
const textOf = ({
  name,
  organisation,
  role,
  fieldsOfWork,
  region,
  topics,
  offers,
  seeks,
  about,
}: BusinessCardText) => ({
  name,
  organisation,
  role,
  fieldsOfWork: [...fieldsOfWork],
  region,
  topics: [...topics],
  offers,
  seeks,
  about,
});

/** The form's start: the card to edit, or an empty one (the website shown to the board, the rest to moderators). */
export function draftOf(card: BusinessCard | null): CardDraft {
  const contact = (name: ContactName) => ({
    value: card?.contact[name]?.value ?? "",
    visibility: card?.contact[name]?.visibility ?? (name === "website" ? "board" : "moderators"),
  });
  return {
    ...textOf(card ?? BLANK),
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
    ...textOf(draft),
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
