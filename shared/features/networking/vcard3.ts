import type { BusinessCard } from "./records";
import { escapeText, joinLines, nameParts, noteOf, type VCardLanguage } from "./vcardText";

/**
 * NET-5: vCard 3.0 (RFC 2426) "for phones": the contacts apps of many Android phones reject 4.0. A
 * few properties, written here (no library writes 3.0 carefully enough to be worth a dependency):
 * N and FN (both required in 3.0), ORG, TITLE, EMAIL, TEL, URL, NOTE, CATEGORIES. Takes the cards as
 * the viewer sees them: a contact field they may not see is null and stays out.
 */
export function vcard3Of(card: BusinessCard, language: VCardLanguage = "de"): string {
  const { family, given } = nameParts(card.name);
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `N:${escapeText(family)};${escapeText(given)};;;`];
  lines.push(`FN:${escapeText(card.name)}`);
  if (card.organisation) lines.push(`ORG:${escapeText(card.organisation)}`);
  if (card.role) lines.push(`TITLE:${escapeText(card.role)}`);
  const { email, phone, website } = card.contact;
  if (email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(email.value)}`);
  if (phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeText(phone.value)}`);
  // A URI is not TEXT: its commas and semicolons are the address's own (RFC 2426 3.6.8).
  if (website) lines.push(`URL:${website.value}`);
  const note = noteOf(card, language);
  if (note) lines.push(`NOTE:${escapeText(note)}`);
  if (card.topics.length > 0) lines.push(`CATEGORIES:${card.topics.map(escapeText).join(",")}`);
  lines.push("END:VCARD");
  return joinLines(lines);
}

/** Several cards in one file, one after the other. */
export const vcards3Of = (cards: readonly BusinessCard[], language: VCardLanguage = "de"): string =>
  cards.map((card) => vcard3Of(card, language)).join("");
