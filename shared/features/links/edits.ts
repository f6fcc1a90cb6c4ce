import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { LinkOp } from "./ops";

/** No link op edits a versioned record. */
export const linkEditTargets: EditTargets<LinkOp> = {};

/** The protocol version that introduced each op (PROTO-2). */
export const linkOpVersions: OpProtocolVersions<LinkOp> = {
  "link.create": 8,
  "link.revoke": 8,
};
