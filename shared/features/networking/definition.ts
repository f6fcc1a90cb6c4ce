import { defineFeature } from "../../core/feature";
import { networkingEditTargets, networkingOpVersions } from "./edits";
import { networkingRules } from "./index";
import { NETWORKING_OPS } from "./ops";
import { businessCardVisibility } from "./visibility";

/** The networking wall: business cards and the wall's lists (NET-1..7). */
export const networkingFeature = defineFeature({
  name: "networking",
  ops: NETWORKING_OPS,
  rules: networkingRules,
  recordTypes: [
    { ...businessCardVisibility, audiences: ["board"] },
    { type: "wallSettings", audiences: ["board"] },
  ],
  editTargets: networkingEditTargets,
  since: networkingOpVersions,
});
