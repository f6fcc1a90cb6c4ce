import { defineFeature } from "../../core/feature";
import { calendarFeedRules } from "./calendarFeedRules";
import { meetingEditTargets } from "./edits";
import { meetingRules } from "./meetingRules";
import { MEETING_OPS } from "./ops";
import { registrationRules } from "./registrationRules";
import { meetingVisibility } from "./visibility";

/** Meetings, registrations and personal calendar feeds (MEET-1..8). */
export const meetingsFeature = defineFeature({
  name: "meetings",
  ops: MEETING_OPS,
  rules: [...meetingRules, ...registrationRules, ...calendarFeedRules],
  recordTypes: [
    { ...meetingVisibility, audiences: ["board"] },
    { type: "registration", audiences: ["author"] },
    { type: "calendarFeed", audiences: ["author"] },
  ],
  editTargets: meetingEditTargets,
  since: {
    "meeting.add": 2,
    "meeting.update": 2,
    "meeting.cancel": 2,
    "meeting.document": 2,
    "meeting.remove": 2,
    "registration.add": 2,
    "registration.cancel": 2,
    "calendarFeed.add": 2,
    "calendarFeed.remove": 2,
  },
});
