import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { ImpulseOp } from "./ops";

export const impulseEditTargets: EditTargets<ImpulseOp> = {
  "impulse.edit": (op) => ({ type: "impulse", id: op.impulseId }),
  "agendaItem.update": (op) => ({ type: "agendaItem", id: op.itemId }),
};

/** The protocol version that introduced each op (PROTO-2): a page sends an older server only what it knows. */
export const impulseOpVersions: OpProtocolVersions<ImpulseOp> = {
  "impulse.offer": 2,
  "impulse.edit": 2,
  "impulse.withdraw": 2,
  "impulse.accept": 2,
  "impulse.decline": 2,
  "impulse.schedule": 2,
  "impulse.cancel": 2,
  "impulse.held": 2,
  "impulse.remove": 6,
  "agendaItem.add": 8,
  "agendaItem.update": 8,
  "agendaItem.move": 8,
  "agendaItem.remove": 8,
};
