import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { PrivacyOp } from "./ops";

export const privacyEditTargets: EditTargets<PrivacyOp> = {};

/** The protocol version that introduced each op (PROTO-2). */
export const privacyOpVersions: OpProtocolVersions<PrivacyOp> = { "author.erase": 8 };
