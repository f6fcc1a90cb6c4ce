import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { agendaItemRules } from "./agendaItemRules";
import { impulseEditTargets, impulseOpVersions } from "./edits";
import { impulseRules } from "./impulseRules";
import { IMPULSE_OPS } from "./ops";
import { impulsePersonalData } from "./personal";
import { impulseVisibility } from "./visibility";

/** Impulse offers and their way to a meeting's agenda (IMP-1..4), and its other items (AGENDA-1..3). */
export const impulsesFeature = defineFeature({
  name: "impulses",
  ops: IMPULSE_OPS,
  rules: [...impulseRules, ...agendaItemRules],
  recordTypes: [
    { ...impulseVisibility, audiences: ["author", "board"], personal: impulsePersonalData },
    { type: "agendaItem", audiences: ["board"], personal: NO_PERSONAL_DATA },
  ],
  editTargets: impulseEditTargets,
  since: impulseOpVersions,
});
