import { defineFeature } from "../../core/feature";
import { networkingEditTargets } from "./edits";
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
  since: {
    "businessCard.publish": 4,
    "businessCard.update": 4,
    "businessCard.remove": 4,
    "wallSettings.update": 4,
  },
});
