import { defineFeature } from "../../core/feature";
import { agendaItemRules } from "./agendaItemRules";
import { impulseEditTargets, impulseOpVersions } from "./edits";
import { impulseRules } from "./impulseRules";
import { IMPULSE_OPS } from "./ops";
import { impulseVisibility } from "./visibility";

/** Impulse offers and their way to a meeting's agenda (IMP-1..4), and its other items (AGENDA-1..3). */
export const impulsesFeature = defineFeature({
  name: "impulses",
  ops: IMPULSE_OPS,
  rules: [...impulseRules, ...agendaItemRules],
  recordTypes: [
    { ...impulseVisibility, audiences: ["author", "board"] },
    { type: "agendaItem", audiences: ["board"] },
  ],
  editTargets: impulseEditTargets,
  since: impulseOpVersions,
});
