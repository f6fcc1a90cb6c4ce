export {
  type AgendaTalk,
  agendaEntriesOf,
  agendaImpulses,
  agendaItemsOf,
  agendaOf,
  openSlots,
  type ProgrammeEntry,
  programmeOf,
} from "./agenda";
export { agendaItemRules } from "./agendaItemRules";
export { impulseEditTargets } from "./edits";
export { impulseRules, talksOffCancelledMeeting } from "./impulseRules";
export type { ImpulseOp } from "./ops";
export type { AgendaItem, AgendaItemKind, Impulse, ImpulseStatus } from "./records";
export { impulseVisibility } from "./visibility";
