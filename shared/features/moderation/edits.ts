import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { ModerationOp } from "./ops";

/** No moderation op carries a baseVersion: each sets a setting or decides a card, last writer wins. */
export const moderationEditTargets: EditTargets<ModerationOp> = {};

/** The protocol version that introduced each op (PROTO-2). */
export const moderationOpVersions: OpProtocolVersions<ModerationOp> = {
  "moderation.approval": 8,
  "moderation.words": 8,
  "moderation.hide": 8,
  "moderation.lock": 8,
  "moderation.names": 8,
  "moderation.linksOnly": 8,
  "moderation.approve": 8,
  "moderation.reject": 8,
};
