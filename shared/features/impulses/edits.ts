import type { EditTargets } from "../../core/feature";
import type { ImpulseOp } from "./ops";

export const impulseEditTargets: EditTargets<ImpulseOp> = {
  "impulse.edit": (op) => ({ type: "impulse", id: op.impulseId }),
};
