import { membersOf, type WorkingGroup, workingGroupsOf } from "../../../../shared/features/groups";
import type { Card } from "../../../../shared/model";
import type { ExportView } from "../exportView";
import { mdLine, mdLines } from "../markdownText";
import type { CardFact, MinutesSection } from "./section";

function groupMarkdown(group: WorkingGroup, board: ExportView): string {
  const { words } = board;
  const parts = [`### ${mdLine(group.name)}`];
  const description = mdLines(group.description);
  if (description) parts.push(description);
  if (group.conveners.length > 0) parts.push(`${words.conveners}: ${group.conveners.map(mdLine).join(", ")}`);
  const topics = group.topicCardIds.flatMap((id) => {
    const card = board.view.get<Card>("card", id);
    return card ? [`- ${mdLine(card.content.title)}`] : [];
  });
  if (topics.length > 0) parts.push(`#### ${words.groupTopics}\n\n${topics.join("\n")}`);
  // Names only: contacts go to the conveners through the member export (AG-5), not round with the minutes.
  const members = membersOf(board.view, group.id);
  const names = members.map((member) => `- ${mdLine(member.name)}`);
  parts.push(`#### ${words.groupMembers} (${members.length})${names.length > 0 ? `\n\n${names.join("\n")}` : ""}`);
  return parts.join("\n\n");
}

/** The working groups (AG-1..6), oldest first, with their topics and who joined (EXP-7). */
export const groupsSection: MinutesSection = {
  name: "groups",
  markdown(board) {
    const groups = workingGroupsOf(board.view);
    if (groups.length === 0) return null;
    return [`## ${board.words.groups}`, ...groups.map((group) => groupMarkdown(group, board))].join("\n\n");
  },
};

/** The working groups a card is a topic of: a CSV column and a note in the minutes. */
export const groupFact: CardFact = {
  name: "groups",
  header: (words) => words.groups,
  value: (card, board) =>
    workingGroupsOf(board.view)
      .filter((group) => group.topicCardIds.includes(card.id))
      .map((group) => group.name)
      .join(", "),
};
