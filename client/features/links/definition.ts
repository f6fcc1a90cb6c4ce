import { type LinkOp, linkEditTargets, linkOpVersions, linkRules } from "../../../shared/features/links";
import { defineClientFeature } from "../../core/clientFeature";

/** Special links in the browser (LINK-1, LINK-5): a moderator's page predicts making and revoking one. */
export const linksClient = defineClientFeature<LinkOp>({
  name: "links",
  ops: {
    "link.create": { label: "action.link.create", submittedText: (op) => op.label },
    "link.revoke": { label: "action.link.revoke", submittedText: () => "" },
  },
  editTargets: linkEditTargets,
  opVersions: linkOpVersions,
  rules: linkRules,
});
