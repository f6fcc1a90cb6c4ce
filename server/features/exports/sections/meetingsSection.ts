import { programmeOf } from "../../../../shared/features/impulses";
import type { Meeting } from "../../../../shared/features/meetings";
import type { ExportView } from "../exportView";
import { mdLine, mdLines, mdLink } from "../markdownText";
import { meetingDate } from "../words";
import type { MinutesSection } from "./section";

const byDate = (a: Meeting, b: Meeting) =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || (a.id < b.id ? -1 : 1);

function meetingMarkdown(meeting: Meeting, board: ExportView): string {
  const { words, language } = board;
  const when = `${meetingDate(meeting.date, language)}, ${meeting.startTime}–${meeting.endTime}`;
  const cancelled = meeting.status === "cancelled" ? ` (${words.cancelled})` : "";
  const parts = [`### ${when}: ${mdLine(meeting.theme)}${cancelled}`];
  const facts: string[] = [];
  if (meeting.place) facts.push(`- ${words.place}: ${mdLine(meeting.place)}`);
  // The snapshot holds the online link only for who may read it (moderators, VIS-2).
  if (meeting.onlineLink) facts.push(`- ${words.online}: ${mdLink(meeting.onlineLink)}`);
  const capacity = meeting.capacity === null ? "" : ` / ${meeting.capacity} ${words.places}`;
  facts.push(`- ${words.registered}: ${meeting.registered}${capacity}, ${words.waiting}: ${meeting.waiting}`);
  parts.push(facts.join("\n"));
  const description = mdLines(meeting.description);
  if (description) parts.push(description);
  const agenda = meeting.status === "cancelled" ? [] : programmeOf(board.view, meeting);
  if (agenda.length > 0) {
    // AGENDA-3: talks and the other items (welcome, breaks, closing round) in order, each with its start.
    const lines = agenda.map((entry) =>
      entry.kind === "talk"
        ? `- ${entry.start} **${mdLine(entry.impulse.title)}** (${[
            mdLine(entry.impulse.presenterName),
            mdLine(entry.impulse.organisation),
          ]
            .filter(Boolean)
            .join(", ")}, ${entry.minutes} ${words.minutes})`
        : `- ${entry.start} ${mdLine(entry.item.title)} (${entry.minutes} ${words.minutes})`,
    );
    parts.push(`#### ${words.agenda}\n\n${lines.join("\n")}`);
  }
  const documentation = [mdLines(meeting.documentation.text), mdLink(meeting.documentation.link ?? "")].filter(Boolean);
  if (documentation.length > 0) parts.push(`#### ${words.documentation}\n\n${documentation.join("\n\n")}`);
  return parts.join("\n\n");
}

/** The meetings by date, each with its facts, agenda and documentation. */
export const meetingsSection: MinutesSection = {
  name: "meetings",
  markdown(board) {
    const meetings = [...board.view.list<Meeting>("meeting")].sort(byDate);
    if (meetings.length === 0) return null;
    return [`## ${board.words.meetings}`, ...meetings.map((meeting) => meetingMarkdown(meeting, board))].join("\n\n");
  },
};
