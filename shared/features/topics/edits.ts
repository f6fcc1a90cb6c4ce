import type { EditTargets, OpProtocolVersions } from "../../core/feature";
import type { TopicOp } from "./ops";

export const topicEditTargets: EditTargets<TopicOp> = {
  "card.edit": (op) => ({ type: "card", id: op.cardId }),
};

/** The protocol version that introduced each op (PROTO-2): a page sends an older server only what it knows. */
export const topicOpVersions: OpProtocolVersions<TopicOp> = {
  "card.add": 1,
  "card.edit": 1,
  "card.move": 1,
  "card.remove": 1,
};
