import { type PrivacyOp, privacyEditTargets, privacyOpVersions } from "../../../shared/features/privacy";
import { defineClientFeature } from "../../core/clientFeature";

/**
 * Erasing one's own data (DATA-2). Not predicted: the erase reads every feature's records and rules,
 * which a board page need not carry; the server's change shows what went.
 */
export const privacyClient = defineClientFeature<PrivacyOp>({
  name: "privacy",
  ops: { "author.erase": { label: "action.author.erase", submittedText: () => "" } },
  editTargets: privacyEditTargets,
  opVersions: privacyOpVersions,
});
