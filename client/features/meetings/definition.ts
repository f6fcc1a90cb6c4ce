import type { ImpulseOp } from "../../../shared/features/impulses";
import { impulseEditTargets, impulseOpVersions } from "../../../shared/features/impulses/edits";
import type { MeetingOp } from "../../../shared/features/meetings";
import { meetingEditTargets, meetingOpVersions } from "../../../shared/features/meetings/edits";
import { defineClientFeature, paragraphs } from "../../core/clientFeature";

const none = () => "";

/**
 * Meetings, registrations and calendar feeds in the browser. Their rules are added when the meetings
 * view loads (MeetingsView), and they read lists, so their predictions have no footprint.
 */
export const meetingsClient = defineClientFeature<MeetingOp>({
  name: "meetings",
  ops: {
    "meeting.add": {
      label: "action.meeting.add",
      submittedText: (op) => paragraphs(op.theme, op.description, op.place),
    },
    "meeting.update": {
      label: "action.meeting.update",
      submittedText: (op) => paragraphs(op.theme, op.description, op.place),
    },
    "meeting.cancel": { label: "action.meeting.cancel", submittedText: none },
    "meeting.document": { label: "action.meeting.document", submittedText: (op) => paragraphs(op.text, op.link) },
    "meeting.remove": { label: "action.meeting.remove", submittedText: none },
    "registration.add": { label: "action.registration.add", submittedText: (op) => paragraphs(op.name, op.email) },
    "registration.cancel": { label: "action.registration.cancel", submittedText: none },
    "calendarFeed.add": { label: "action.calendarFeed.add", submittedText: none },
    "calendarFeed.remove": { label: "action.calendarFeed.remove", submittedText: none },
  },
  editTargets: meetingEditTargets,
  opVersions: meetingOpVersions,
});

const offerText = (op: Extract<ImpulseOp, { type: "impulse.offer" | "impulse.edit" }>) =>
  paragraphs(op.title, op.abstract, op.presenterName, op.organisation, op.contactEmail, op.noteToModerators);

/** Impulse offers in the browser; their rules come with the meetings view, like the meetings'. */
export const impulsesClient = defineClientFeature<ImpulseOp>({
  name: "impulses",
  ops: {
    "impulse.offer": { label: "action.impulse.offer", submittedText: offerText },
    "impulse.edit": { label: "action.impulse.edit", submittedText: offerText },
    "impulse.withdraw": { label: "action.impulse.withdraw", submittedText: none },
    "impulse.accept": { label: "action.impulse.accept", submittedText: (op) => op.note },
    "impulse.decline": { label: "action.impulse.decline", submittedText: (op) => op.note },
    "impulse.schedule": { label: "action.impulse.schedule", submittedText: none },
    "impulse.cancel": { label: "action.impulse.cancel", submittedText: (op) => op.note },
    "impulse.held": { label: "action.impulse.held", submittedText: none },
    "impulse.remove": { label: "action.impulse.remove", submittedText: none },
    // AGENDA-1: an agenda item is part of its meeting; a refused one says the meeting was not saved.
    "agendaItem.add": { label: "action.meeting.update", submittedText: (op) => op.title },
    "agendaItem.update": { label: "action.meeting.update", submittedText: (op) => op.title },
    "agendaItem.move": { label: "action.meeting.update", submittedText: none },
    "agendaItem.remove": { label: "action.meeting.update", submittedText: none },
  },
  editTargets: impulseEditTargets,
  opVersions: impulseOpVersions,
});
