import { defineFeature } from "../../core/feature";
import { impulseEditTargets } from "./edits";
import { impulseRules } from "./impulseRules";
import { IMPULSE_OPS } from "./ops";
import { impulseVisibility } from "./visibility";

/** Impulse offers and their way to a meeting's agenda (IMP-1..4). */
export const impulsesFeature = defineFeature({
  name: "impulses",
  ops: IMPULSE_OPS,
  rules: impulseRules,
  recordTypes: [{ ...impulseVisibility, audiences: ["author", "board"] }],
  editTargets: impulseEditTargets,
  since: {
    "impulse.offer": 2,
    "impulse.edit": 2,
    "impulse.withdraw": 2,
    "impulse.accept": 2,
    "impulse.decline": 2,
    "impulse.schedule": 2,
    "impulse.cancel": 2,
    "impulse.held": 2,
  },
});
