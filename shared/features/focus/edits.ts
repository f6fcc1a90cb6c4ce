import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { FocusOp } from "./ops";

/** focus.set carries no baseVersion: the moderator's last choice wins. */
export const focusEditTargets: EditTargets<FocusOp> = {};

/** The protocol version that introduced each op (PROTO-2). */
export const focusOpVersions: OpProtocolVersions<FocusOp> = { "focus.set": 8 };
