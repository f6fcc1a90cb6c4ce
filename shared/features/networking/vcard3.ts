import type { BusinessCard } from "./records";
import {
  addressValue,
  contactUid,
  escapeText,
  joinLines,
  nameOf,
  nameParts,
  noteOf,
  uriValue,
  type VCardOptions,
} from "./vcardText";

/**
 * NET-5: vCard 3.0 (RFC 2426) "for phones": the contacts apps of many Android phones reject 4.0. A
 * few properties, written here (no library writes 3.0 carefully enough to be worth a dependency):
 * N and FN (both required in 3.0), ORG, TITLE, EMAIL, TEL, URL, NOTE, CATEGORIES. Takes the cards as
 * the viewer sees them: a contact field they may not see is null and stays out.
 */
export function vcard3Of(card: BusinessCard, { boardId, language = "de" }: VCardOptions): string {
  const name = nameOf(card);
  const { family, given } = nameParts(name);
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `N:${escapeText(family)};${escapeText(given)};;;`];
  lines.push(`FN:${escapeText(name)}`, `UID:${contactUid(boardId, card.id)}`);
  // Every value escaped (escapeText also drops control characters), and left out when nothing remains.
  const property = (prefix: string, value: string | null | undefined) => {
    const escaped = value ? escapeText(value) : "";
    if (escaped !== "") lines.push(`${prefix}:${escaped}`);
  };
  property("ORG", card.organisation);
  property("TITLE", card.role);
  const { email, phone, website } = card.contact;
  property("EMAIL;TYPE=INTERNET,WORK", email && addressValue(email.value));
  // A phone-number value (RFC 2426 3.3.1) has no escape for a backslash; readers drop it, so it goes.
  const tel = phone && addressValue(phone.value).replace(/\\/g, "");
  if (tel) lines.push(`TEL;TYPE=WORK,VOICE:${tel.replace(/[,;]/g, "\\$&")}`);
  // A URI is not TEXT: its commas and semicolons are the address's own (RFC 2426 3.6.8).
  const uri = website && uriValue(website.value);
  if (uri) lines.push(`URL:${uri}`);
  property("NOTE", noteOf(card, language));
  const topics = card.topics.map(escapeText).filter((topic) => topic !== "");
  if (topics.length > 0) lines.push(`CATEGORIES:${topics.join(",")}`);
  lines.push("END:VCARD");
  return joinLines(lines);
}

/** Several cards of a board in one file, one after the other. */
export const vcards3Of = (cards: readonly BusinessCard[], options: VCardOptions): string =>
  cards.map((card) => vcard3Of(card, options)).join("");
