/**
 * A part of a download's file name from text people typed (a theme, a name): without the characters
 * file systems refuse or that would make a path, spaces folded, at most 80 characters; `fallback`
 * when nothing is left.
 */
export function fileNamePart(text: string, fallback: string): string {
  const clean = text
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return clean || fallback;
}
