/**
 * MOD-2: a word list matches whole words, ignoring case and accents ("Müll" matches "MULL" and
 * "müll!", not "Müllabfuhr"); an entry of several words matches them in a row.
 */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replaceAll("ß", "ss")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Whether `text` holds one of `entries` as whole words. */
export function matchesWordList(text: string, entries: readonly string[]): boolean {
  if (entries.length === 0) return false;
  const words = wordsOf(text);
  const joined = ` ${words.join(" ")} `;
  return entries.some((entry) => {
    const wanted = wordsOf(entry);
    return wanted.length > 0 && joined.includes(` ${wanted.join(" ")} `);
  });
}
