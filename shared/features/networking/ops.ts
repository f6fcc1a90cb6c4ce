import { z } from "zod";
import { EmailAddress, EntityId, HttpLink, SecretHash } from "../../fields";
import { LIMITS } from "../../limits";
import { addressText, multiLineText, requiredText, userText } from "../../text";

const Visibility = z.enum(["board", "moderators", "nobody"]);

const contactField = <T extends z.ZodType<string>>(value: T) =>
  z.strictObject({ value, visibility: Visibility }).nullable().default(null);

const Phone = addressText()
  .min(3)
  .max(LIMITS.phone)
  .regex(/^\+?[0-9 ()/.-]+$/, "must be a phone number of digits, spaces and + ( ) / . -");

/** A list of short entries without repeats (case-insensitive); empty entries are dropped. */
const tagList = (maxLength: number, maxEntries: number) =>
  z
    .array(userText(maxLength))
    .max(maxEntries)
    .transform((entries) => {
      const seen = new Set<string>();
      return entries.filter((entry) => {
        const key = entry.toLocaleLowerCase("de");
        if (entry === "" || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });

/** What a person writes on their business card (NET-1). */
const CardFields = {
  name: requiredText(LIMITS.personName),
  organisation: userText(LIMITS.organisation).default(""),
  role: userText(LIMITS.cardShortField).default(""),
  fieldsOfWork: tagList(LIMITS.cardShortField, LIMITS.fieldsOfWorkPerCard).default([]),
  region: userText(LIMITS.cardShortField).default(""),
  topics: tagList(LIMITS.topicTag, LIMITS.topicsPerCard).default([]),
  offers: multiLineText(LIMITS.offerText).default(""),
  seeks: multiLineText(LIMITS.offerText).default(""),
  about: multiLineText(LIMITS.aboutText).default(""),
  contact: z
    .strictObject({
      email: contactField(EmailAddress),
      phone: contactField(Phone),
      website: contactField(HttpLink),
    })
    .default({ email: null, phone: null, website: null }),
};

/**
 * Publishes a card. The browser mints the edit link's secret and sends only its SHA-256; consent is
 * the exact wording the person ticked (the server adds the time).
 */
export const BusinessCardPublishOp = z.strictObject({
  type: z.literal("businessCard.publish"),
  cardId: EntityId,
  ...CardFields,
  consent: z.strictObject({ text: requiredText(LIMITS.consentText), given: z.literal(true) }),
  editKeyHash: SecretHash,
});

export const BusinessCardUpdateOp = z.strictObject({
  type: z.literal("businessCard.update"),
  cardId: EntityId,
  baseVersion: z.int().nonnegative(),
  ...CardFields,
});

/** Removes the card and its content from the op log (its author or a moderator). */
export const BusinessCardRemoveOp = z.strictObject({ type: z.literal("businessCard.remove"), cardId: EntityId });

/**
 * NET-8: the card's author replaces its edit link: the browser mints a new secret and sends its
 * SHA-256; the old link answers 404 from then on.
 */
export const BusinessCardNewEditLinkOp = z.strictObject({
  type: z.literal("businessCard.newEditLink"),
  cardId: EntityId,
  editKeyHash: SecretHash,
});

/** A moderator's edit of the wall's lists. */
export const WallSettingsUpdateOp = z.strictObject({
  type: z.literal("wallSettings.update"),
  fieldsOfWork: tagList(LIMITS.cardShortField, LIMITS.wallListEntries),
  regions: tagList(LIMITS.cardShortField, LIMITS.wallListEntries),
  topics: tagList(LIMITS.topicTag, LIMITS.wallListEntries),
  baseVersion: z.int().nonnegative(),
});

/** The ops a browser may send for the wall. Taking over a card by its edit link is not one of them. */
export const NETWORKING_OPS = [
  BusinessCardPublishOp,
  BusinessCardUpdateOp,
  BusinessCardRemoveOp,
  BusinessCardNewEditLinkOp,
  WallSettingsUpdateOp,
] as const;

export type BusinessCardPublishOp = z.infer<typeof BusinessCardPublishOp>;
export type BusinessCardUpdateOp = z.infer<typeof BusinessCardUpdateOp>;
export type BusinessCardRemoveOp = z.infer<typeof BusinessCardRemoveOp>;
export type WallSettingsUpdateOp = z.infer<typeof WallSettingsUpdateOp>;
export type NetworkingOp = z.output<(typeof NETWORKING_OPS)[number]>;
export type NetworkingOpOf<T extends NetworkingOp["type"]> = Extract<NetworkingOp, { type: T }>;
