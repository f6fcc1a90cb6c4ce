import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { networkingEditTargets, networkingOpVersions } from "./edits";
import { networkingRules } from "./index";
import { NETWORKING_OPS } from "./ops";
import { businessCardPersonalData } from "./personal";
import { businessCardVisibility } from "./visibility";

/** The networking wall: business cards and the wall's lists (NET-1..7). */
export const networkingFeature = defineFeature({
  name: "networking",
  ops: NETWORKING_OPS,
  rules: networkingRules,
  recordTypes: [
    { ...businessCardVisibility, audiences: ["board"], personal: businessCardPersonalData },
    { type: "wallSettings", audiences: ["board"], personal: NO_PERSONAL_DATA },
  ],
  editTargets: networkingEditTargets,
  since: networkingOpVersions,
});
