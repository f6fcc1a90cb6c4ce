import { boardSection } from "./boardSection";
import { clusterFact, clustersSection, mergedFact } from "./clustersSection";
import { columnsSection } from "./columnsSection";
import { groupFact, groupsSection } from "./groupsSection";
import { meetingsSection } from "./meetingsSection";
import type { CardFact, MinutesSection } from "./section";
import { likesFact, priorityFact, votesFact, votingSection } from "./votingSection";
import { wallSection } from "./wallSection";

export type { CardFact, MinutesSection } from "./section";

/**
 * What other record families say about a card: a CSV column each and a note on the card's line in
 * the minutes. Clusters, working groups and votes add theirs here.
 */
export const CARD_FACTS: readonly CardFact[] = [clusterFact, mergedFact, groupFact, votesFact, priorityFact, likesFact];

/** The minutes, one section per record family, in this order. */
export const MINUTES_SECTIONS: readonly MinutesSection[] = [
  boardSection,
  columnsSection(CARD_FACTS),
  clustersSection,
  votingSection,
  groupsSection,
  meetingsSection,
  wallSection,
];
