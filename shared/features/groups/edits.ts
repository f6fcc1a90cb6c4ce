import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { GroupOp } from "./ops";

export const groupEditTargets: EditTargets<GroupOp> = {
  "group.update": (op) => ({ type: "workingGroup", id: op.groupId }),
};

/** The protocol version that introduced each op (PROTO-2). */
export const groupOpVersions: OpProtocolVersions<GroupOp> = {
  "group.create": 7,
  "group.update": 7,
  "group.remove": 7,
  "group.newConvenerLink": 7,
  "group.join": 7,
  "group.leave": 7,
};
