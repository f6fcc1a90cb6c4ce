import { defineFeature } from "../../core/feature";
import { calendarFeedRules } from "./calendarFeedRules";
import { meetingEditTargets, meetingOpVersions } from "./edits";
import { meetingRules } from "./meetingRules";
import { MEETING_OPS } from "./ops";
import { registrationRules } from "./registrationRules";
import { meetingVisibility, registrationVisibility } from "./visibility";

/** Meetings, registrations and personal calendar feeds (MEET-1..8). */
export const meetingsFeature = defineFeature({
  name: "meetings",
  ops: MEETING_OPS,
  rules: [...meetingRules, ...registrationRules, ...calendarFeedRules],
  recordTypes: [
    { ...meetingVisibility, audiences: ["board"] },
    { ...registrationVisibility, audiences: ["author"] },
    { type: "calendarFeed", audiences: ["author"] },
  ],
  editTargets: meetingEditTargets,
  since: meetingOpVersions,
});
