import type { NetworkingOp } from "../../../shared/features/networking";
import { networkingEditTargets, networkingOpVersions } from "../../../shared/features/networking/edits";
import { defineClientFeature, paragraphs } from "../../core/clientFeature";

type CardOp = Extract<NetworkingOp, { type: "businessCard.publish" | "businessCard.update" }>;

/** Everything a person wrote on their card, contact data included: a refused card loses none of it. */
const cardText = (op: CardOp) =>
  paragraphs(
    op.name,
    op.organisation,
    op.role,
    op.fieldsOfWork,
    op.region,
    op.topics,
    op.offers,
    op.seeks,
    op.about,
    op.contact.email?.value,
    op.contact.phone?.value,
    op.contact.website?.value,
  );

/** The networking wall in the browser; its rules are added when the wall's view loads (NetworkingView). */
export const networkingClient = defineClientFeature<NetworkingOp>({
  name: "networking",
  ops: {
    "businessCard.publish": {
      label: "action.businessCard.publish",
      submittedText: cardText,
      // The consent wording is the page's, not the person's.
      notWords: ["consent"],
    },
    "businessCard.update": { label: "action.businessCard.update", submittedText: cardText },
    "businessCard.remove": { label: "action.businessCard.remove", submittedText: () => "" },
    "businessCard.newEditLink": { label: "action.businessCard.newEditLink", submittedText: () => "" },
    "wallSettings.update": {
      label: "action.wallSettings.update",
      submittedText: (op) => paragraphs(op.fieldsOfWork, op.regions, op.topics),
    },
  },
  editTargets: networkingEditTargets,
  opVersions: networkingOpVersions,
});
