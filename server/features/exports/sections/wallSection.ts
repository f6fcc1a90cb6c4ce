import type { BusinessCard, ContactField } from "../../../../shared/features/networking";
import { withoutControls } from "../../../../shared/plainText";
import type { ExportView } from "../exportView";
import { mdLine, mdLines, mdLink } from "../markdownText";
import type { MinutesSection } from "./section";

const byName = (a: BusinessCard, b: BusinessCard) => a.name.localeCompare(b.name, "de") || (a.id < b.id ? -1 : 1);

/** A contact field as far as it reached this receiver (NET-2 redacts the rest before the writer sees it). */
const contact = (field: ContactField | null, asLink = false) =>
  field?.value ? (asLink ? mdLink(field.value) : mdLine(withoutControls(field.value))) : "";

function cardMarkdown(card: BusinessCard): string {
  const who = [card.organisation, card.role, card.region].map(mdLine).filter(Boolean).join(", ");
  const lines = [`- **${mdLine(card.name)}**${who ? ` (${who})` : ""}`];
  const more = [
    card.fieldsOfWork.map(mdLine).join(", "),
    card.topics.map(mdLine).join(", "),
    mdLines(card.offers, "  "),
    mdLines(card.seeks, "  "),
    contact(card.contact.email),
    contact(card.contact.phone),
    contact(card.contact.website, true),
  ].filter(Boolean);
  return [...lines, ...more.map((line) => `  ${line}`)].join("  \n");
}

/** The networking wall's business cards as their receiver sees them. */
export const wallSection: MinutesSection = {
  name: "wall",
  markdown(board: ExportView) {
    const cards = [...board.view.list<BusinessCard>("businessCard")].sort(byName);
    if (cards.length === 0) return null;
    return [`## ${board.words.wall}`, cards.map(cardMarkdown).join("\n")].join("\n\n");
  },
};
