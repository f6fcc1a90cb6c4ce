import { z } from "zod";

/**
 * Explicit bidi formatting characters (embeddings, overrides, isolates). In a title or a name they
 * reorder what other people read ("gnalp" shown as "plang"), so they never enter the board.
 * Implicit marks (U+200E, U+200F) only nudge neutral characters and stay.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** Text a person typed: bidi controls removed, trimmed, then its length checked. */
export const userText = (max: number) => z.string().overwrite(stripBidiControls).trim().max(max);
export const requiredText = (max: number) => userText(max).min(1, "must not be empty");
