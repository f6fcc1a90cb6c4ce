import { cleanTextLine, cleanTextLines, withoutControls } from "../../../shared/plainText";

/**
 * Characters Markdown reads as markup anywhere in a line (emphasis, links, HTML, tables, code),
 * each written with a backslash so the text shows as typed and never becomes a tag or a link.
 */
const INLINE_MARKUP = /[\\`*_[\]<>|~&]/g;
/** What starts a heading, a quote, a list item, a rule or a setext underline at the start of a line. */
const BLOCK_START = /^(#|>|[-+=]|\d+[.)])/;

function escapeLine(line: string): string {
  const escaped = line.trimStart().replace(INLINE_MARKUP, "\\$&");
  return escaped.replace(BLOCK_START, "\\$1");
}

/** One line of text as Markdown: line breaks are spaces, markup is escaped (EXP-7). */
export function mdLine(text: string): string {
  return escapeLine(cleanTextLine(text).trim());
}

/**
 * Text of several lines, every line escaped and indented by `indent` after the first, so it stays
 * inside the list item or paragraph it belongs to and no line of it starts a block of its own (EXP-7).
 */
export function mdLines(text: string, indent = ""): string {
  return cleanTextLines(text)
    .trim()
    .split("\n")
    .map((line, index) => (index === 0 ? "" : indent) + escapeLine(line))
    .join("  \n");
}

/**
 * An http(s) link as an autolink: control characters, spaces and angle brackets cannot end it early.
 * Anything else (an old record's `javascript:`) is only text, never a link (EXP-7).
 */
export function mdLink(url: string): string {
  const safe = withoutControls(url).replace(/[\s<>]/g, (character) => encodeURIComponent(character));
  if (!safe) return "";
  return /^https?:\/\//i.test(safe) ? `<${safe}>` : mdLine(safe);
}
