import type { BusinessCard } from "../../../shared/features/networking/records";

/**
 * NET-UI-5: vCards of the cards this browser shows, made from what it received (so only the fields
 * the viewer may see). Built with the shared vCard writers once they are on this branch.
 */
export function downloadVcards(_cards: readonly BusinessCard[], _version: "4.0" | "3.0", _language: string): void {
  // Wired to shared/features/networking/vcard4.ts and vcard3.ts with the merge of the server half.
}
