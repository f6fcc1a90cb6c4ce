import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { ComoderatorOp } from "./ops";

/** No co-moderator op carries a baseVersion. */
export const comoderatorEditTargets: EditTargets<ComoderatorOp> = {};

/** The protocol version that introduced each op (PROTO-2). */
export const comoderatorOpVersions: OpProtocolVersions<ComoderatorOp> = {
  "moderatorInvite.create": 8,
  "moderatorInvite.revoke": 8,
};
