import { isAuthorOf } from "../../core/authorTags";
import { putWrite, removeWrite } from "../../core/records";
import { done, fail, type OpRule, rule } from "../../core/ruleBook";
import { problem } from "../../errors";
import { DEFAULT_FAIR_SHARES, LIMITS } from "../../limits";
import type { MeetingOp as Op } from "./ops";
import type { Meeting, Registration } from "./records";
import { registrationsOf, seatWrites } from "./seats";

export const registrationRules: OpRule<Op>[] = [
  rule<Op, "registration.add">({
    type: "registration.add",
    apply(view, op, actor, now) {
      if (!actor.authorId) return fail(problem("forbidden", "Registering needs this browser's author id."));
      const meeting = view.get<Meeting>("meeting", op.meetingId);
      if (!meeting) return fail(problem("not_found", "This meeting no longer exists."));
      if (meeting.status === "cancelled" || meeting.registration !== "open") {
        return fail(problem("forbidden", "Registration for this meeting is not open."));
      }
      if (view.get("registration", op.registrationId)) {
        return fail(problem("already_exists", "A registration with this id exists."));
      }
      const registrations = registrationsOf(view, meeting.id);
      if (registrations.some((registration) => isAuthorOf(registration, actor.authorId))) {
        return fail(problem("already_exists", "You are registered for this meeting already."));
      }
      const { addressBucket } = actor;
      const share = (actor.shares ?? DEFAULT_FAIR_SHARES).registrationsPerMeetingPerAddress;
      if (addressBucket && registrations.filter((other) => other.addressBucket === addressBucket).length >= share) {
        return fail(problem("limit_reached", `At most ${share} registrations for one meeting come from one address.`));
      }
      if (registrations.length >= LIMITS.registrationsPerMeeting) {
        return fail(
          problem("limit_reached", `A meeting takes at most ${LIMITS.registrationsPerMeeting} registrations.`),
        );
      }
      // Everyone joins at the end of the waiting list; seatWrites gives a free place at once.
      const registration: Registration = {
        type: "registration",
        id: op.registrationId,
        version: 1,
        audience: "author",
        authorId: actor.authorId,
        meetingId: meeting.id,
        name: op.name,
        email: op.email,
        status: "waiting",
        onlineLink: null,
        position: null,
        ...(addressBucket ? { addressBucket } : {}),
        createdAt: now,
      };
      const writes = seatWrites(view, meeting, now, [...registrations, registration]);
      const seated = writes.some((write) => "put" in write && write.put.id === registration.id);
      return done(...(seated ? writes : [putWrite(registration), ...writes]));
    },
  }),
  rule<Op, "registration.cancel">({
    type: "registration.cancel",
    apply(view, op, actor, now) {
      const registration = view.get<Registration>("registration", op.registrationId);
      if (!registration) return fail(problem("not_found", "This registration no longer exists."));
      if (actor.role !== "moderator" && !isAuthorOf(registration, actor.authorId)) {
        return fail(problem("forbidden", "Only the person registered or a moderator may cancel a registration."));
      }
      // Gone, not marked: the name and email are kept no longer than needed. The first waiting moves up.
      const meeting = view.get<Meeting>("meeting", registration.meetingId);
      const others = registrationsOf(view, registration.meetingId).filter((other) => other.id !== registration.id);
      return done(removeWrite(registration), ...(meeting ? seatWrites(view, meeting, now, others) : []));
    },
  }),
];
