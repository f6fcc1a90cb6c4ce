import type { RecordView } from "../../../shared/core/recordView";
import { type TopicOp, topicEditTargets, topicOpVersions, topicRules } from "../../../shared/features/topics";
import type { Card } from "../../../shared/model";
import { defineClientFeature } from "../../core/clientFeature";
import { cardsIn, recordKey } from "../../sync/footprint";
import { cardSubmittedText } from "./cardKinds/registry";

const cardKey = (op: { cardId: string }) => recordKey({ type: "card", id: op.cardId });
/** A clustered card leaving its cluster may remove the cluster (CLU-4): its prediction then reads the whole cluster. */
const clustered = (view: RecordView, cardId: string) => Boolean(view.get<Card>("card", cardId)?.clusterId);
/** The card, its column and the column's cards, whose ranks it is settled against. */
const placed = (op: { cardId: string; columnId: string }) => [
  cardKey(op),
  recordKey({ type: "column", id: op.columnId }),
  cardsIn(op.columnId),
];

/** Topic cards in the browser. */
export const topicsClient = defineClientFeature<TopicOp>({
  name: "topics",
  ops: {
    "card.add": {
      label: "action.card.add",
      submittedText: (op) => cardSubmittedText(op.content),
      // The display name stays in this browser (identity), it is not lost with the card.
      notWords: ["authorName"],
      footprint: placed,
    },
    "card.edit": {
      label: "action.card.edit",
      submittedText: (op) => cardSubmittedText(op.content),
      footprint: (op) => [cardKey(op)],
    },
    "card.move": {
      label: "action.card.move",
      submittedText: () => "",
      footprint: (op, view) => (clustered(view, op.cardId) ? "all" : placed(op)),
    },
    "card.remove": {
      label: "action.card.remove",
      submittedText: () => "",
      footprint: (op, view) => (clustered(view, op.cardId) ? "all" : [cardKey(op)]),
    },
  },
  editTargets: topicEditTargets,
  opVersions: topicOpVersions,
  rules: topicRules,
});
