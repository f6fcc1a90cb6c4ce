import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { fileNamePart } from "../../fileName";
import { cleanTextLines, withoutControls } from "../../plainText";
import type { BusinessCard } from "./records";

/**
 * What vCard 4.0 (RFC 6350) and 3.0 (RFC 2426) share: text escaping, line folding, the name's parts
 * and the note. Pure, so the browser builds the same files the server's route sends (NET-5).
 */

export type VCardLanguage = "de" | "en";

export interface VCardOptions {
  /** The cards' board: with the card's id it makes the contact's UID (EXP-2). */
  boardId: string;
  /** The note's labels. */
  language?: VCardLanguage;
}

const CRLF = "\r\n";
/** A content line's longest part, in octets of UTF-8, before the line break (RFC 6350 3.2, RFC 2425 5.8.1). */
const MAX_OCTETS = 75;

/**
 * A TEXT value: line breaks as LF and control characters gone, whatever the record holds (from
 * before the door cleaned it, too: a CR alone ends a content line for some readers, EXP-1), then
 * backslash, comma, semicolon and newline escaped, nothing else (RFC 6350 3.4).
 */
export function escapeText(text: string): string {
  return cleanTextLines(text).replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\n/g, "\\n");
}

/** An email address or a phone number: no control character or line break (VAL-11), whatever is stored. */
export const addressValue = (text: string): string => withoutControls(text).trim();

/**
 * A card's website as a URI value: an address as above, a backslash (which no URI holds, RFC 3986,
 * and some readers take for an escape) written `%5C`; none if it is no URL at all.
 */
export function uriValue(text: string): string | undefined {
  const uri = addressValue(text).replace(/\\/g, "%5C");
  return URL.canParse(uri) ? uri : undefined;
}

/**
 * EXP-2: the contact's UID, the same for a card on every download and export, so a contacts app
 * updates the contact it imported before instead of adding a second one. A name-based UUID (RFC
 * 9562 version 8, from SHA-256 of board and card id): synchronous, the same in browser and server.
 */
export function contactUid(boardId: string, cardId: string): string {
  const bytes = sha256(utf8ToBytes(`themenwand:${boardId}:${cardId}`)).slice(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** FN and N need a name; a card whose name was nothing but control characters gets this one. */
export const nameOf = (card: { name: string }): string => cleanTextLines(card.name).trim() || "?";

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * One content line folded so that no line exceeds 75 octets (the continuation's leading space
 * included), never inside a character: umlauts take two octets, emoji four.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = utf8Octets(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Content lines (unfolded) as vCard text: each folded, each ended by CRLF. */
export const joinLines = (lines: readonly string[]): string => lines.map((line) => foldLine(line) + CRLF).join("");

/** Family name and given names, as N wants them: the last word is taken for the family name. */
export function nameParts(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { family: words[0] ?? "", given: "" };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(" ") };
}

const LABELS = {
  de: { offers: "Ich biete", seeks: "Ich suche", region: "Region", fieldsOfWork: "Arbeitsfeld" },
  en: { offers: "I offer", seeks: "I am looking for", region: "Region", fieldsOfWork: "Field of work" },
} as const;

/** The card's texts that vCard has no property for, as one note; "" when there are none. */
export function noteOf(card: BusinessCard, language: VCardLanguage): string {
  const labels = LABELS[language];
  const lines = [
    card.offers && `${labels.offers}: ${card.offers}`,
    card.seeks && `${labels.seeks}: ${card.seeks}`,
    card.region && `${labels.region}: ${card.region}`,
    card.fieldsOfWork.length > 0 && `${labels.fieldsOfWork}: ${card.fieldsOfWork.join(", ")}`,
  ].filter((line): line is string => Boolean(line));
  return [card.about, lines.join("\n")].filter(Boolean).join("\n\n");
}

/** `Jürgen Müßig.vcf` and the like, without characters file systems refuse. */
export function vcardFileName(name: string): string {
  return `${fileNamePart(name, "visitenkarte")}.vcf`;
}
