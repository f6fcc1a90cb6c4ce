import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { linkEditTargets, linkOpVersions } from "./edits";
import { linkRules } from "./linkRules";
import { LINK_OPS } from "./ops";
import { specialLinkVisibility } from "./visibility";

/** Special links: submission-only and small groups' links, made and revoked by moderators (LINK-1..6). */
export const linksFeature = defineFeature({
  name: "links",
  ops: LINK_OPS,
  rules: linkRules,
  recordTypes: [{ ...specialLinkVisibility, audiences: ["moderators"], personal: NO_PERSONAL_DATA }],
  editTargets: linkEditTargets,
  since: linkOpVersions,
});
