export { type AgendaItem, agendaImpulses, agendaOf, openSlots } from "./agenda";
export { impulseRules } from "./impulseRules";
export type { Impulse, ImpulseStatus } from "./records";
export { impulseVisibility } from "./visibility";
