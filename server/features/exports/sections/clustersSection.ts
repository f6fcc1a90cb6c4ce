import { type Cluster, cardsOfCluster, clustersOf } from "../../../../shared/features/clusters";
import type { Card, Column } from "../../../../shared/model";
import type { ExportView } from "../exportView";
import { mdLine } from "../markdownText";
import type { CardFact, MinutesSection } from "./section";

const titleOf = (cluster: Cluster, board: ExportView) => cluster.title || board.words.untitledCluster;

function clusterMarkdown(cluster: Cluster, board: ExportView): string | null {
  const cards = cardsOfCluster(board.view, cluster.id);
  if (cards.length === 0) return null;
  const column = board.view.get<Column>("column", cards[0].columnId);
  const where = column ? ` (${mdLine(column.title)})` : "";
  const lines = cards.map((card) => `- ${mdLine(card.content.title)}`);
  return [`### ${mdLine(titleOf(cluster, board))}${where}`, lines.join("\n")].join("\n\n");
}

/** The clusters with their cards (CLU-1, EXP-7), by title. */
export const clustersSection: MinutesSection = {
  name: "clusters",
  markdown(board) {
    const parts = [...clustersOf(board.view)]
      .sort((a, b) => titleOf(a, board).localeCompare(titleOf(b, board), "de") || (a.id < b.id ? -1 : 1))
      .flatMap((cluster) => clusterMarkdown(cluster, board) ?? []);
    if (parts.length === 0) return null;
    return [`## ${board.words.clusters}`, ...parts].join("\n\n");
  },
};

/** The cluster a card is in: a CSV column and a note in the minutes. */
export const clusterFact: CardFact = {
  name: "cluster",
  header: (words) => words.cluster,
  value(card: Card, board) {
    const cluster = card.clusterId ? board.view.get<Cluster>("cluster", card.clusterId) : undefined;
    return cluster ? titleOf(cluster, board) : "";
  },
};

/** The cards merged into a card (CLU-6): their words and authors stay in the exports too. */
export const mergedFact: CardFact = {
  name: "merged",
  header: (words) => words.merged,
  value: (card, board) =>
    (card.merged ?? [])
      .map((merged) => {
        const text = merged.content.kind === "topic" ? merged.content.title : merged.content.kind;
        const body = merged.content.kind === "topic" && merged.content.body ? `: ${merged.content.body}` : "";
        return `${text}${body} (${merged.authorName ?? board.words.anonymous})`;
      })
      .join("; "),
};
