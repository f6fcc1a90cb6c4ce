import { defineFeature } from "../../core/feature";
import { impulseEditTargets, impulseOpVersions } from "./edits";
import { impulseRules } from "./impulseRules";
import { IMPULSE_OPS } from "./ops";
import { impulsePersonalData } from "./personal";
import { impulseVisibility } from "./visibility";

/** Impulse offers and their way to a meeting's agenda (IMP-1..4). */
export const impulsesFeature = defineFeature({
  name: "impulses",
  ops: IMPULSE_OPS,
  rules: impulseRules,
  recordTypes: [{ ...impulseVisibility, audiences: ["author", "board"], personal: impulsePersonalData }],
  editTargets: impulseEditTargets,
  since: impulseOpVersions,
});
