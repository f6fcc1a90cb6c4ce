import { putWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import { LIMITS } from "../../limits";
import { agendaItemsOf, talksOffCancelledMeeting } from "../impulses";
import { meetingIsOver } from "./days";
import type { MeetingOp as Op, MeetingOpOf as OpOf } from "./ops";
import type { Meeting } from "./records";
import { registrationsOf, seatWrites } from "./seats";

const missing = () => fail(problem("not_found", "This meeting no longer exists."));

/** The fields a moderator sets, as the op carries them. */
function fieldsOf(op: OpOf<"meeting.add"> | OpOf<"meeting.update">) {
  const { theme, description, date, startTime, endTime, place, onlineLink, slots, registration, capacity } = op;
  return { theme, description, date, startTime, endTime, place, onlineLink, slots, registration, capacity };
}

function themeCardMissing(view: RecordView, themeCardId: string | null) {
  return themeCardId !== null && !view.get("card", themeCardId);
}

export const meetingRules: OpRule<Op>[] = [
  rule<Op, "meeting.add">({
    type: "meeting.add",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      if (view.get("meeting", op.meetingId)) return fail(problem("already_exists", "A meeting with this id exists."));
      if (view.count("meeting") >= LIMITS.meetingsPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.meetingsPerBoard} meetings.`));
      }
      if (themeCardMissing(view, op.themeCardId))
        return fail(problem("not_found", "The theme's card no longer exists."));
      const meeting: Meeting = {
        type: "meeting",
        id: op.meetingId,
        version: 1,
        audience: "board",
        authorId: null,
        ...fieldsOf(op),
        status: "planned",
        themeCardId: op.themeCardId,
        documentation: { text: "", link: null },
        registered: 0,
        waiting: 0,
        sequence: 0,
        createdAt: now,
        updatedAt: now,
      };
      return done(putWrite(meeting));
    },
  }),
  rule<Op, "meeting.update">({
    type: "meeting.update",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const meeting = view.get<Meeting>("meeting", op.meetingId);
      if (!meeting) return missing();
      if (op.baseVersion !== meeting.version) {
        return fail(problem("conflict", "Someone else changed this meeting meanwhile.", { current: meeting }));
      }
      if (op.themeCardId !== meeting.themeCardId && themeCardMissing(view, op.themeCardId)) {
        return fail(problem("not_found", "The theme's card no longer exists."));
      }
      const next: Meeting = {
        ...meeting,
        ...fieldsOf(op),
        themeCardId: op.themeCardId,
        version: meeting.version + 1,
        sequence: meeting.sequence + 1,
        updatedAt: now,
      };
      // A larger capacity gives places to the waiting list; a new link reaches those with a place.
      return done(...seatWrites(view, next, now));
    },
  }),
  rule<Op, "meeting.cancel">({
    type: "meeting.cancel",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const meeting = view.get<Meeting>("meeting", op.meetingId);
      if (!meeting) return missing();
      if (meeting.status === "cancelled") return done();
      // MEET-11: a meeting that took place is documented, not cancelled.
      if (meetingIsOver(meeting, now)) return fail(problem("forbidden", "This meeting is over."));
      const next: Meeting = {
        ...meeting,
        status: "cancelled",
        registration: "closed",
        version: meeting.version + 1,
        sequence: meeting.sequence + 1,
        updatedAt: now,
      };
      // MEET-9: nobody but the moderators keeps the link, and its talks leave the agenda.
      return done(...talksOffCancelledMeeting(view, meeting.id, now), ...seatWrites(view, next, now));
    },
  }),
  rule<Op, "meeting.document">({
    type: "meeting.document",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      const meeting = view.get<Meeting>("meeting", op.meetingId);
      if (!meeting) return missing();
      const next: Meeting = {
        ...meeting,
        documentation: { text: op.text, link: op.link },
        version: meeting.version + 1,
        // Its calendar's DTSTAMP and LAST-MODIFIED move with updatedAt: SEQUENCE goes with them (EXP-4).
        sequence: meeting.sequence + 1,
        updatedAt: now,
      };
      return done(putWrite(next));
    },
  }),
  rule<Op, "meeting.remove">({
    type: "meeting.remove",
    moderatorOnly: true,
    apply(view, op) {
      const meeting = view.get<Meeting>("meeting", op.meetingId);
      if (!meeting) return missing();
      // Its registrations go with it: contact data is kept no longer than it is needed. Its agenda
      // items too (AGENDA-1); its talks keep their meetingId, as before.
      return done(
        ...registrationsOf(view, meeting.id).map(removeWrite),
        ...agendaItemsOf(view, meeting.id).map(removeWrite),
        removeWrite(meeting),
      );
    },
  }),
];
