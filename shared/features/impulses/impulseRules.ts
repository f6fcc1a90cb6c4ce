import { isAuthorOf } from "../../core/authorTags";
import { putWrite, type RecordWrite, removeWrite } from "../../core/records";
import type { RecordView } from "../../core/recordView";
import { done, fail, type OpOutcome, type OpRule, rule } from "../../core/ruleBook";
import { type Problem, problem } from "../../errors";
import { DEFAULT_FAIR_SHARES, LIMITS } from "../../limits";
import type { Actor } from "../../model";
import { placeRanked } from "../../ordering";
import { type Meeting, meetingHasBegun } from "../meetings";
import { agendaEntriesOf, agendaImpulses } from "./agenda";
import { agendaChanged } from "./agendaChanged";
import type { ImpulseOp as Op, ImpulseOpOf as OpOf } from "./ops";
import { type Impulse, type ImpulseStatus, LIVE, ON_AGENDA, OPEN } from "./records";

const isProblem = (value: unknown): value is Problem => typeof value === "object" && value !== null && "code" in value;

function impulseFor(view: RecordView, impulseId: string): Impulse | Problem {
  return view.get<Impulse>("impulse", impulseId) ?? problem("not_found", "This impulse offer no longer exists.");
}

/** A status change from the allowed ones, else `conflict` with the impulse as it is now. */
function from(impulse: Impulse, allowed: readonly ImpulseStatus[]): Problem | undefined {
  if (allowed.includes(impulse.status)) return undefined;
  return problem("conflict", `This impulse is ${impulse.status} now.`, { current: impulse });
}

/** On the public agenda (scheduled, held) everyone reads it; otherwise its presenter and the moderators. */
function withStatus(impulse: Impulse, status: ImpulseStatus, now: number, extra: Partial<Impulse> = {}): Impulse {
  return {
    ...impulse,
    ...extra,
    status,
    audience: ON_AGENDA.has(status) ? "board" : "author",
    version: impulse.version + 1,
    updatedAt: now,
  };
}

/** Applies a moderator's or the presenter's decision; the impulse's old access decides who loses it. */
function decide(view: RecordView, impulseId: string, act: (impulse: Impulse) => OpOutcome | Problem): OpOutcome {
  const impulse = impulseFor(view, impulseId);
  if (isProblem(impulse)) return fail(impulse);
  const outcome = act(impulse);
  return isProblem(outcome) ? fail(outcome) : outcome;
}

const isPresenter = (actor: Actor, impulse: Impulse) => isAuthorOf(impulse, actor.authorId);

function offerFields(op: OpOf<"impulse.offer"> | OpOf<"impulse.edit">) {
  const { title, abstract, presenterName, organisation, minutes, preferredMeetingId, contactEmail, noteToModerators } =
    op;
  return { title, abstract, presenterName, organisation, minutes, preferredMeetingId, contactEmail, noteToModerators };
}

/**
 * MEET-9: a cancelled meeting's scheduled talks leave its agenda as cancelled; each keeps its
 * `meetingId`, so its presenter reads why. Held talks took place and stay.
 */
export function talksOffCancelledMeeting(view: RecordView, meetingId: string, now: number): RecordWrite[] {
  return agendaImpulses(view, meetingId)
    .filter((impulse) => impulse.status === "scheduled")
    .map((impulse) => putWrite(withStatus(impulse, "cancelled", now, { rank: null }), impulse));
}

const meetingCancelled = (view: RecordView, meetingId: string | null) =>
  meetingId !== null && view.get<Meeting>("meeting", meetingId)?.status === "cancelled";

export const impulseRules: OpRule<Op>[] = [
  rule<Op, "impulse.offer">({
    type: "impulse.offer",
    apply(view, op, actor, now) {
      if (!actor.authorId) return fail(problem("forbidden", "Offering an impulse needs this browser's author id."));
      if (view.get("impulse", op.impulseId)) return fail(problem("already_exists", "An offer with this id exists."));
      const impulses = view.list<Impulse>("impulse");
      if (impulses.filter((impulse) => LIVE.has(impulse.status)).length >= LIMITS.impulsesPerBoard) {
        return fail(problem("limit_reached", `A board holds at most ${LIMITS.impulsesPerBoard} impulse offers.`));
      }
      const share = (actor.shares ?? DEFAULT_FAIR_SHARES).openImpulsesPerAuthor;
      const open = impulses.filter((impulse) => OPEN.has(impulse.status) && isAuthorOf(impulse, actor.authorId));
      if (open.length >= share) {
        return fail(problem("limit_reached", `You have ${share} offers open; wait until they are decided.`));
      }
      if (op.preferredMeetingId && !view.get("meeting", op.preferredMeetingId)) {
        return fail(problem("not_found", "The meeting you chose no longer exists."));
      }
      const impulse: Impulse = {
        type: "impulse",
        id: op.impulseId,
        version: 1,
        audience: "author",
        authorId: actor.authorId,
        ...offerFields(op),
        status: "offered",
        responseNote: "",
        meetingId: null,
        rank: null,
        createdAt: now,
        updatedAt: now,
      };
      return done(putWrite(impulse));
    },
  }),
  rule<Op, "impulse.edit">({
    type: "impulse.edit",
    apply(view, op, actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        const presenter = isPresenter(actor, impulse);
        if (actor.role !== "moderator" && !presenter) {
          return problem("forbidden", "Only its presenter or a moderator may change this offer.");
        }
        // Once decided, the presenter asks the moderators; a moderator may still correct it.
        if (actor.role !== "moderator" && impulse.status !== "offered") {
          return problem("forbidden", "This offer has been decided; ask the moderators to change it.");
        }
        if (op.baseVersion !== impulse.version) {
          return problem("conflict", "Someone else changed this offer meanwhile.", { current: impulse });
        }
        const next = { ...impulse, ...offerFields(op), version: impulse.version + 1, updatedAt: now };
        const onAgenda = ON_AGENDA.has(impulse.status);
        return done(putWrite(next), ...(onAgenda ? agendaChanged(view, impulse.meetingId, now) : []));
      });
    },
  }),
  rule<Op, "impulse.withdraw">({
    type: "impulse.withdraw",
    apply(view, op, actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        if (!isPresenter(actor, impulse)) return problem("forbidden", "Only its presenter may withdraw an offer.");
        const wrong = from(impulse, ["offered", "accepted"]);
        if (wrong) return wrong;
        return done(putWrite(withStatus(impulse, "withdrawn", now), impulse));
      });
    },
  }),
  rule<Op, "impulse.accept">({
    type: "impulse.accept",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        // IMP-5: a declined offer is final.
        const wrong = from(impulse, ["offered"]);
        if (wrong) return wrong;
        return done(putWrite(withStatus(impulse, "accepted", now, { responseNote: op.note }), impulse));
      });
    },
  }),
  rule<Op, "impulse.decline">({
    type: "impulse.decline",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        const wrong = from(impulse, ["offered", "accepted"]);
        if (wrong) return wrong;
        return done(putWrite(withStatus(impulse, "declined", now, { responseNote: op.note }), impulse));
      });
    },
  }),
  rule<Op, "impulse.schedule">({
    type: "impulse.schedule",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        const wrong = from(impulse, ["accepted", "scheduled"]);
        if (wrong) return wrong;
        const meeting = view.get<Meeting>("meeting", op.meetingId);
        if (!meeting) return problem("not_found", "This meeting no longer exists.");
        if (meeting.status === "cancelled") return problem("forbidden", "This meeting is cancelled.");
        const others = agendaImpulses(view, meeting.id).filter((other) => other.id !== impulse.id);
        if (others.length >= meeting.slots) {
          return problem("limit_reached", `This meeting has ${meeting.slots} impulse slots, and all are taken.`);
        }
        const scheduled = withStatus(impulse, "scheduled", now, { meetingId: meeting.id, rank: op.rank });
        // Talks and agenda items share one rank space (AGENDA-2): a rank is settled among both.
        const siblings = agendaEntriesOf(view, meeting).filter((entry) => entry.id !== impulse.id);
        const placed = placeRanked(siblings, scheduled as Impulse & { rank: string }, op.rank);
        const writes = placed.map((item) => putWrite(item, item.id === impulse.id ? impulse : undefined));
        const moved = impulse.meetingId !== null && impulse.meetingId !== meeting.id;
        return done(
          ...writes,
          ...agendaChanged(view, meeting.id, now),
          ...(moved ? agendaChanged(view, impulse.meetingId, now) : []),
        );
      });
    },
  }),
  rule<Op, "impulse.cancel">({
    type: "impulse.cancel",
    apply(view, op, actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        if (actor.role !== "moderator" && !isPresenter(actor, impulse)) {
          return problem("forbidden", "Only its presenter or a moderator may cancel a scheduled impulse.");
        }
        const wrong = from(impulse, ["scheduled"]);
        if (wrong) return wrong;
        const cancelled = withStatus(impulse, "cancelled", now, {
          rank: null,
          responseNote: op.note || impulse.responseNote,
        });
        return done(putWrite(cancelled, impulse), ...agendaChanged(view, impulse.meetingId, now));
      });
    },
  }),
  rule<Op, "impulse.remove">({
    type: "impulse.remove",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        // FAIR-3: gone with its contact data, also from the op log (like a business card, NET-6).
        const writes = ON_AGENDA.has(impulse.status) ? agendaChanged(view, impulse.meetingId, now) : [];
        return done({ ...removeWrite(impulse), forget: true }, ...writes);
      });
    },
  }),
  rule<Op, "impulse.held">({
    type: "impulse.held",
    moderatorOnly: true,
    apply(view, op, _actor, now) {
      return decide(view, op.impulseId, (impulse) => {
        const wrong = from(impulse, ["scheduled"]);
        if (wrong) return wrong;
        if (meetingCancelled(view, impulse.meetingId)) return problem("forbidden", "This meeting is cancelled.");
        // MEET-11: a talk is held at its meeting, not before it.
        const meeting = impulse.meetingId ? view.get<Meeting>("meeting", impulse.meetingId) : undefined;
        if (meeting && !meetingHasBegun(meeting, now)) return problem("forbidden", "This meeting has not begun yet.");
        return done(putWrite(withStatus(impulse, "held", now), impulse));
      });
    },
  }),
];
