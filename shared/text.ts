import { z } from "zod";
import { cleanTextLine, cleanTextLines, withoutControls } from "./plainText";

export { stripBidiControls } from "./plainText";

/*
 * Text a person typed or pasted is cleaned, never refused, for what it carries unseen (VAL-9..11):
 * control characters and bidi controls go before the text is trimmed and its length checked.
 */

/** One line (a title, a name, a place): line breaks become spaces. */
export const userText = (max: number) => z.string().overwrite(cleanTextLine).trim().max(max);
export const requiredText = (max: number) => userText(max).min(1, "must not be empty");

/** Lines a person writes (a description, a card's text): every line break becomes LF. */
export const multiLineText = (max: number) =>
  z.string().overwrite(cleanTextLines).trim().max(max).meta({ lines: "multiple" });

/** The start of an address's schema (a link, an email, a phone number): no control character, no line break. */
export const addressText = () => z.string().overwrite(withoutControls).trim();

/** Whether a string schema keeps line breaks (multiLineText); the property test over every op reads it. */
export const keepsLineBreaks = (schema: z.ZodType): boolean => schema.meta()?.lines === "multiple";
