import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { NetworkingOp } from "./ops";
import { WALL_SETTINGS_ID } from "./records";

export const networkingEditTargets: EditTargets<NetworkingOp> = {
  "businessCard.update": (op) => ({ type: "businessCard", id: op.cardId }),
  "wallSettings.update": () => ({ type: "wallSettings", id: WALL_SETTINGS_ID }),
};

/** The protocol version that introduced each op (PROTO-2): a page sends an older server only what it knows. */
export const networkingOpVersions: OpProtocolVersions<NetworkingOp> = {
  "businessCard.publish": 4,
  "businessCard.update": 4,
  "businessCard.remove": 4,
  "businessCard.newEditLink": 6,
  "wallSettings.update": 4,
};
