import { defineFeature, type FeatureDefinition } from "../../core/feature";
import { privacyEditTargets, privacyOpVersions } from "./edits";
import { authorEraseRule } from "./eraseRule";
import { PRIVACY_OPS } from "./ops";

/**
 * One's own data (DATA-2): erasing everything one authored on a board. It reads every other feature's
 * record types (their `personal` declarations), so the list of features hands them in.
 */
export function privacyFeature(features: readonly FeatureDefinition[]) {
  return defineFeature({
    name: "privacy",
    ops: PRIVACY_OPS,
    rules: [authorEraseRule(features.flatMap((feature) => feature.recordTypes))],
    recordTypes: [],
    // A link holder erases what they wrote through their link too (DATA-2, LINK-4).
    linkHolderOps: { "author.erase": () => true },
    editTargets: privacyEditTargets,
    since: privacyOpVersions,
  });
}
