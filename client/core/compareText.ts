let collator: Intl.Collator | undefined;

/**
 * Orders texts as a German reader expects, case and accents aside ("Görlitz" beside "Gorlitz"): as
 * `a.localeCompare(b, "de", { sensitivity: "base" })`, with one collator for the page, made when first
 * needed. Each such localeCompare call made a collator of its own, and a page's first one loads the
 * collation data: one long task on a phone instead of one per comparison.
 */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator("de", { sensitivity: "base" });
  return collator.compare(a, b);
}
