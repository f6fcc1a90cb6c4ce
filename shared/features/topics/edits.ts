import type { EditTargets } from "../../core/feature";
import type { TopicOp } from "./ops";

export const topicEditTargets: EditTargets<TopicOp> = {
  "card.edit": (op) => ({ type: "card", id: op.cardId }),
};
