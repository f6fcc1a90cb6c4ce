import type { BusinessCard } from "../../../shared/features/networking/records";

/** A file the browser saves, made here: no request, so it holds exactly what this page shows. */
function save(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/vcard;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * NET-UI-5: vCards of the cards this browser shows (one, or all the filter lets through), made from
 * the records it received, so they hold only the fields the viewer may see (NET-2). 4.0 (RFC 6350),
 * or 3.0 "for phones". The shared writers (and the vcard4 library) are fetched on the first click.
 */
export async function downloadVcards(
  boardId: string,
  cards: readonly BusinessCard[],
  version: "4.0" | "3.0",
  language: string,
): Promise<void> {
  if (cards.length === 0) return;
  const lang = language.startsWith("en") ? "en" : "de";
  const [{ vcards4Of }, { vcards3Of }, { vcardFileName }] = await Promise.all([
    import("../../../shared/features/networking/vcard4"),
    import("../../../shared/features/networking/vcard3"),
    import("../../../shared/features/networking/vcardText"),
  ]);
  const options = { boardId, language: lang } as const;
  const text = version === "3.0" ? vcards3Of(cards, options) : vcards4Of(cards, options);
  save(
    text,
    cards.length === 1 ? vcardFileName(cards[0].name) : lang === "en" ? "business-cards.vcf" : "visitenkarten.vcf",
  );
}
