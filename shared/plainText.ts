/**
 * Text without control characters (VAL-6, VAL-9..11): what the op schemas let in and what every
 * export writes out, whatever was stored before. Pure and free of zod, so the browser's vCard
 * writer uses it too.
 */

/** Every line break people, programs and pasted text use: CRLF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
/** Tab, vertical tab and form feed: white space in pasted text, so a space keeps words apart. */
const SPACING_CONTROLS = /[\t\v\f]/g;
/** The other C0 controls, DEL and the C1 controls: nothing a person means to write. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/**
 * Explicit bidi formatting characters (embeddings, overrides, isolates). In a title or a name they
 * reorder what other people read ("gnalp" shown as "plang"), so they never enter the board.
 * Implicit marks (U+200E, U+200F) only nudge neutral characters and stay.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

const withoutOtherControls = (text: string) => stripBidiControls(text.replace(OTHER_CONTROLS, ""));

/** Text that may span lines: every kind of line break as LF, tab, VT and FF as a space, other controls gone. */
export function cleanTextLines(text: string): string {
  return withoutOtherControls(text.replace(LINE_BREAKS, "\n").replace(SPACING_CONTROLS, " "));
}

/** One line: line breaks become spaces too. */
export function cleanTextLine(text: string): string {
  return withoutOtherControls(text.replace(LINE_BREAKS, " ").replace(SPACING_CONTROLS, " "));
}

/** An address (a link, an email, a phone number): every control character and line break taken out. */
export function withoutControls(text: string): string {
  return withoutOtherControls(text.replace(LINE_BREAKS, "").replace(SPACING_CONTROLS, ""));
}
