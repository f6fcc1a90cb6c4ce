import type { EditTargets } from "../../core/feature";
import type { NetworkingOp } from "./ops";
import { WALL_SETTINGS_ID } from "./records";

export const networkingEditTargets: EditTargets<NetworkingOp> = {
  "businessCard.update": (op) => ({ type: "businessCard", id: op.cardId }),
  "wallSettings.update": () => ({ type: "wallSettings", id: WALL_SETTINGS_ID }),
};
