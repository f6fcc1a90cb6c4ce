import {
  CategoriesProperty,
  EmailProperty,
  FNProperty,
  KindProperty,
  NoteProperty,
  NProperty,
  OrgProperty,
  ParameterValueType,
  SpecialValueType,
  TelProperty,
  TextListType,
  TextType,
  TitleProperty,
  TypeParameter,
  URIType,
  URLProperty,
  VCARD,
} from "vcard4";
import type { BusinessCard } from "./records";
import { joinLines, nameParts, noteOf, oneKindOfNewline, type VCardLanguage } from "./vcardText";

/** vcard4 refuses an empty TextType: a part left empty is left out. */
const text = (value: string) => (value === "" ? undefined : new TextType(oneKindOfNewline(value)));

/**
 * vcard4's text as RFC 6350 wants it. Two things it gets wrong are put right here (tests in
 * test/shared/networkingVcard.test.ts): it folds lines every 75 UTF-16 code units, so a line of umlauts
 * runs to 110 octets and continuation lines to 76; and it escapes ":" in TEXT as "\:", which RFC
 * 6350 3.4 does not allow (parsers keep the backslash). Its lines are unfolded, "\:" becomes ":" (an
 * escaped backslash before a colon stays), and the lines are folded again by octets.
 */
export function repairVcard4Text(repr: string): string {
  const lines = repr
    .replace(/\r\n /g, "")
    .split("\r\n")
    .filter((line) => line !== "");
  return joinLines(lines.map(withoutEscapedColons));
}

function withoutEscapedColons(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; i += 1) {
    const character = line[i];
    if (character === "\\" && i + 1 < line.length) {
      const next = line[i + 1];
      out += next === ":" ? ":" : character + next;
      i += 1;
    } else out += character;
  }
  return out;
}

/**
 * NET-5: one card as vCard 4.0 (RFC 6350), built with vcard4, which validates each property, its
 * parameters and cardinality. Takes the card as the viewer sees it: a contact field they may not see
 * is null and stays out.
 */
export function vcard4Of(card: BusinessCard, language: VCardLanguage = "de"): string {
  const { family, given } = nameParts(card.name);
  const properties: ConstructorParameters<typeof VCARD>[0] = [
    new KindProperty([], new SpecialValueType("KindProperty", "individual")),
    new FNProperty([], new TextType(oneKindOfNewline(card.name))),
    new NProperty([], new SpecialValueType("NProperty", [text(family), text(given), undefined, undefined, undefined])),
  ];
  if (card.organisation) {
    properties.push(new OrgProperty([], new SpecialValueType("OrgProperty", [new TextType(card.organisation)])));
  }
  if (card.role) properties.push(new TitleProperty([], new TextType(card.role)));
  const { email, phone, website } = card.contact;
  const work = (property: string, ...more: string[]) =>
    new TypeParameter(property, [new ParameterValueType("work"), ...more.map((type) => new ParameterValueType(type))]);
  if (email) properties.push(new EmailProperty([work("EmailProperty")], new TextType(email.value)));
  if (phone) properties.push(new TelProperty([work("TelProperty", "voice")], new TextType(phone.value)));
  if (website) properties.push(new URLProperty([], new URIType(website.value)));
  const note = noteOf(card, language);
  if (note) properties.push(new NoteProperty([], new TextType(oneKindOfNewline(note))));
  if (card.topics.length > 0) {
    properties.push(new CategoriesProperty([], new TextListType(card.topics.map((topic) => new TextType(topic)))));
  }
  return repairVcard4Text(new VCARD(properties).repr());
}

/** Several cards in one file, one after the other. */
export const vcards4Of = (cards: readonly BusinessCard[], language: VCardLanguage = "de"): string =>
  cards.map((card) => vcard4Of(card, language)).join("");
