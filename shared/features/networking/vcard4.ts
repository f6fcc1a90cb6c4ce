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
  UIDProperty,
  URIType,
  URLProperty,
  VCARD,
} from "vcard4";
import { cleanTextLines } from "../../plainText";
import type { BusinessCard } from "./records";
import {
  addressValue,
  contactUid,
  joinLines,
  nameOf,
  nameParts,
  noteOf,
  uriValue,
  type VCardOptions,
} from "./vcardText";

/**
 * A TEXT value without control characters, its line breaks LF (EXP-1; vcard4 escapes LF but passes a
 * CR alone). vcard4 refuses an empty TextType: a part left empty is left out.
 */
function text(value: string): TextType | undefined {
  const clean = cleanTextLines(value);
  return clean === "" ? undefined : new TextType(clean);
}

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
export function vcard4Of(card: BusinessCard, { boardId, language = "de" }: VCardOptions): string {
  const name = nameOf(card);
  const { family, given } = nameParts(name);
  const properties: ConstructorParameters<typeof VCARD>[0] = [
    new KindProperty([], new SpecialValueType("KindProperty", "individual")),
    new FNProperty([], new TextType(name)),
    new NProperty([], new SpecialValueType("NProperty", [text(family), text(given), undefined, undefined, undefined])),
    new UIDProperty([], new URIType(contactUid(boardId, card.id))),
  ];
  const organisation = text(card.organisation);
  if (organisation) properties.push(new OrgProperty([], new SpecialValueType("OrgProperty", [organisation])));
  const role = text(card.role);
  if (role) properties.push(new TitleProperty([], role));
  const { email, phone, website } = card.contact;
  const work = (property: string, ...more: string[]) =>
    new TypeParameter(property, [new ParameterValueType("work"), ...more.map((type) => new ParameterValueType(type))]);
  const emailText = email && text(addressValue(email.value));
  if (emailText) properties.push(new EmailProperty([work("EmailProperty")], emailText));
  const phoneText = phone && text(addressValue(phone.value));
  if (phoneText) properties.push(new TelProperty([work("TelProperty", "voice")], phoneText));
  // vcard4 takes any string URL.canParse takes, line breaks inside included: the writer cleans it first.
  const uri = website && uriValue(website.value);
  if (uri) properties.push(new URLProperty([], new URIType(uri)));
  const note = text(noteOf(card, language));
  if (note) properties.push(new NoteProperty([], note));
  const topics = card.topics.map(text).filter((topic): topic is TextType => topic !== undefined);
  if (topics.length > 0) properties.push(new CategoriesProperty([], new TextListType(topics)));
  return repairVcard4Text(new VCARD(properties).repr());
}

/** Several cards of a board in one file, one after the other. */
export const vcards4Of = (cards: readonly BusinessCard[], options: VCardOptions): string =>
  cards.map((card) => vcard4Of(card, options)).join("");
