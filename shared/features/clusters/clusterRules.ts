import type { RecordView } from "../../core/recordView";
import { done, fail, type OpOutcome, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import type { Card } from "../../model";
import type { ClusterOp as Op } from "./ops";
import type { Cluster } from "./records";
import { ClusterStaging } from "./staging";

const missingCluster = () => fail(problem("not_found", "This cluster no longer exists."));
const missingCard = () => fail(problem("not_found", "This card no longer exists."));

/** Where a card joining `clusterId` goes: after the cluster's last card, in that card's column. */
function gatherInto(staging: ClusterStaging, card: Card, clusterId: string): void {
  const members = staging.membersOf(clusterId).filter((member) => member.id !== card.id);
  const last = members.at(-1);
  if (!last) staging.placeAfter(card, card.columnId, null, clusterId);
  else staging.placeAfter(card, last.columnId, last.id, clusterId);
}

function withStaging(view: RecordView, now: number, change: (staging: ClusterStaging) => void): OpOutcome {
  const staging = new ClusterStaging(view);
  change(staging);
  return done(...staging.writes(now));
}

/** Clusters are the moderators' tool for sorting a wall of ideas (CLU-2). */
export const clusterRules: OpRule<Op>[] = [
  rule<Op, "cluster.create">({
    type: "cluster.create",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (view.get("cluster", op.clusterId)) return fail(problem("already_exists", "A cluster with this id exists."));
      const cardIds = [...new Set(op.cardIds)];
      if (cardIds.length < 2) return fail(problem("invalid_input", "A cluster starts with two different cards."));
      const cards = cardIds.map((id) => view.get<Card>("card", id));
      if (cards.some((card) => !card)) return missingCard();
      return withStaging(view, now, (staging) => {
        const cluster: Cluster = {
          type: "cluster",
          id: op.clusterId,
          version: 1,
          audience: "board",
          // A moderator's tool like a column: no author, so nothing links it to a person (ANON-1).
          authorId: null,
          title: op.title,
          createdAt: now,
          updatedAt: now,
        };
        staging.putCluster(cluster);
        const [first, ...rest] = cards as Card[];
        staging.putCard({ ...first, clusterId: cluster.id });
        let previous = first;
        for (const card of rest) {
          staging.placeAfter(card, first.columnId, previous.id, cluster.id);
          previous = card;
        }
      });
    },
  }),
  rule<Op, "cluster.addCard">({
    type: "cluster.addCard",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (!view.get("cluster", op.clusterId)) return missingCluster();
      const card = view.get<Card>("card", op.cardId);
      if (!card) return missingCard();
      if (card.clusterId === op.clusterId) return done();
      return withStaging(view, now, (staging) => gatherInto(staging, card, op.clusterId));
    },
  }),
  rule<Op, "cluster.removeCard">({
    type: "cluster.removeCard",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const card = view.get<Card>("card", op.cardId);
      if (!card) return missingCard();
      const clusterId = card.clusterId;
      if (!clusterId) return done();
      return withStaging(view, now, (staging) => {
        // Right below the cluster's frame, so it stays near its former neighbours.
        const last = staging
          .membersOf(clusterId)
          .filter((member) => member.id !== card.id)
          .at(-1);
        if (last) staging.placeAfter(card, last.columnId, last.id, null);
        else staging.putCard({ ...card, clusterId: null });
      });
    },
  }),
  rule<Op, "cluster.rename">({
    type: "cluster.rename",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const cluster = view.get<Cluster>("cluster", op.clusterId);
      if (!cluster) return missingCluster();
      if (op.baseVersion !== cluster.version) {
        return fail(problem("conflict", "Someone else renamed this cluster meanwhile.", { current: cluster }));
      }
      return withStaging(view, now, (staging) =>
        staging.putCluster({ ...cluster, title: op.title, version: cluster.version + 1, updatedAt: now }),
      );
    },
  }),
  rule<Op, "cluster.dissolve">({
    type: "cluster.dissolve",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (!view.get("cluster", op.clusterId)) return missingCluster();
      return withStaging(view, now, (staging) => {
        for (const card of staging.membersOf(op.clusterId)) staging.putCard({ ...card, clusterId: null });
        staging.removeCluster(op.clusterId);
      });
    },
  }),
];
