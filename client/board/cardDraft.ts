import { LIMITS } from "../../shared/limits";
import type { TopicContent } from "../../shared/model";
import type { MessageKey, MessageVars } from "../i18n/messages";

/** A card's fields as typed into a form, before validation. */
export interface CardDraft {
  title: string;
  body: string;
  link: string;
}

export interface FieldError {
  key: MessageKey;
  vars?: MessageVars;
}

export type CardDraftErrors = Partial<Record<keyof CardDraft, FieldError>>;

export const EMPTY_DRAFT: CardDraft = { title: "", body: "", link: "" };

export function isHttpLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

const tooLong = (max: number): FieldError => ({ key: "validation.tooLong", vars: { max } });

/** The same rules the server applies (shared/ops.ts), told in words a person understands. */
export function validateCardDraft(draft: CardDraft): CardDraftErrors {
  const errors: CardDraftErrors = {};
  const title = draft.title.trim();
  const link = draft.link.trim();
  if (!title) errors.title = { key: "validation.titleRequired" };
  else if (title.length > LIMITS.cardTitle) errors.title = tooLong(LIMITS.cardTitle);
  if (draft.body.trim().length > LIMITS.cardBody) errors.body = tooLong(LIMITS.cardBody);
  if (link.length > LIMITS.link) errors.link = tooLong(LIMITS.link);
  else if (link && !isHttpLink(link)) errors.link = { key: "validation.link" };
  return errors;
}

export function hasErrors(errors: CardDraftErrors): boolean {
  return Object.keys(errors).length > 0;
}

export function draftToContent(draft: CardDraft): TopicContent {
  const link = draft.link.trim();
  return { kind: "topic", title: draft.title.trim(), body: draft.body.trim(), link: link || null };
}

export function contentToDraft(content: TopicContent): CardDraft {
  return { title: content.title, body: content.body, link: content.link ?? "" };
}

export function sameDraft(a: CardDraft, b: CardDraft): boolean {
  return a.title === b.title && a.body === b.body && a.link === b.link;
}
