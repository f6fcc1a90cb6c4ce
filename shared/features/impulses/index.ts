export { type AgendaItem, agendaImpulses, agendaOf, openSlots } from "./agenda";
export { impulseEditTargets } from "./edits";
export { impulseRules, talksOffCancelledMeeting } from "./impulseRules";
export type { ImpulseOp } from "./ops";
export type { Impulse, ImpulseStatus } from "./records";
export { impulseVisibility } from "./visibility";
