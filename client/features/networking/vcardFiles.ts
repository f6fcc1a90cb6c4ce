import type { BusinessCard } from "../../../shared/features/networking/records";
import { saveFile } from "../../core/saveFile";

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
  // Made here, no request: the file holds exactly what this page shows.
  saveFile(
    new Blob([text], { type: "text/vcard;charset=utf-8" }),
    cards.length === 1 ? vcardFileName(cards[0].name) : lang === "en" ? "business-cards.vcf" : "visitenkarten.vcf",
  );
}
