import { putWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { type Problem, problem } from "../../errors";
import { placeRanked } from "../../ordering";
import type { Meeting } from "../meetings";
import { agendaEntriesOf, agendaItemsOf } from "./agenda";
import { agendaChanged } from "./agendaChanged";
import { AGENDA_ITEM_LIMITS } from "./agendaItemOps";
import type { ImpulseOp as Op } from "./ops";
import type { AgendaItem } from "./records";

const isProblem = (value: unknown): value is Problem => typeof value === "object" && value !== null && "code" in value;

/** The meeting an item goes on: it exists and is not cancelled (MEET-9: a cancelled meeting's programme is off). */
function openMeeting(view: RecordView, meetingId: string): Meeting | Problem {
  const meeting = view.get<Meeting>("meeting", meetingId);
  if (!meeting) return problem("not_found", "This meeting no longer exists.");
  if (meeting.status === "cancelled") return problem("forbidden", "This meeting is cancelled.");
  return meeting;
}

const itemFor = (view: RecordView, itemId: string): AgendaItem | Problem =>
  view.get<AgendaItem>("agendaItem", itemId) ?? problem("not_found", "This agenda item no longer exists.");

/** The item at the rank asked for, settled among the meeting's talks and items (one rank space, AGENDA-2). */
function placed(view: RecordView, meeting: Meeting, item: AgendaItem, rank: string) {
  const siblings = agendaEntriesOf(view, meeting).filter((entry) => entry.id !== item.id);
  return placeRanked(siblings, item, rank).map((entry) => putWrite(entry));
}

/** AGENDA-1: moderators put a welcome, breaks and a closing round on a meeting's agenda. */
export const agendaItemRules: OpRule<Op>[] = [
  rule<Op, "agendaItem.add">({
    type: "agendaItem.add",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (view.get("agendaItem", op.itemId))
        return fail(problem("already_exists", "An agenda item with this id exists."));
      const meeting = openMeeting(view, op.meetingId);
      if (isProblem(meeting)) return fail(meeting);
      if (agendaItemsOf(view, meeting.id).length >= AGENDA_ITEM_LIMITS.perMeeting) {
        return fail(problem("limit_reached", `A meeting holds at most ${AGENDA_ITEM_LIMITS.perMeeting} agenda items.`));
      }
      const item: AgendaItem = {
        type: "agendaItem",
        id: op.itemId,
        version: 1,
        audience: "board",
        authorId: null,
        meetingId: meeting.id,
        kind: op.kind,
        title: op.title,
        minutes: op.minutes,
        rank: op.rank,
        createdAt: now,
        updatedAt: now,
      };
      return done(...placed(view, meeting, item, op.rank), ...agendaChanged(view, meeting.id, now));
    },
  }),
  rule<Op, "agendaItem.update">({
    type: "agendaItem.update",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const item = itemFor(view, op.itemId);
      if (isProblem(item)) return fail(item);
      if (op.baseVersion !== item.version) {
        return fail(problem("conflict", "Someone else changed this agenda item meanwhile.", { current: item }));
      }
      const meeting = openMeeting(view, item.meetingId);
      if (isProblem(meeting)) return fail(meeting);
      const next: AgendaItem = {
        ...item,
        kind: op.kind,
        title: op.title,
        minutes: op.minutes,
        version: item.version + 1,
        updatedAt: now,
      };
      return done(putWrite(next), ...agendaChanged(view, meeting.id, now));
    },
  }),
  rule<Op, "agendaItem.move">({
    type: "agendaItem.move",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const item = itemFor(view, op.itemId);
      if (isProblem(item)) return fail(item);
      const meeting = openMeeting(view, item.meetingId);
      if (isProblem(meeting)) return fail(meeting);
      return done(...placed(view, meeting, item, op.rank), ...agendaChanged(view, meeting.id, now));
    },
  }),
  rule<Op, "agendaItem.remove">({
    type: "agendaItem.remove",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const item = itemFor(view, op.itemId);
      if (isProblem(item)) return fail(item);
      return done(removeWrite(item), ...agendaChanged(view, item.meetingId, now));
    },
  }),
];
