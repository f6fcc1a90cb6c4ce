import { defineFeature } from "../../core/feature";
import { NO_PERSONAL_DATA } from "../../core/personalData";
import { calendarFeedRules } from "./calendarFeedRules";
import { meetingEditTargets, meetingOpVersions } from "./edits";
import { meetingRules } from "./meetingRules";
import { MEETING_OPS } from "./ops";
import { calendarFeedPersonalData, registrationPersonalData } from "./personal";
import { registrationRules } from "./registrationRules";
import { meetingVisibility, registrationVisibility } from "./visibility";

/** Meetings, registrations and personal calendar feeds (MEET-1..8). */
export const meetingsFeature = defineFeature({
  name: "meetings",
  ops: MEETING_OPS,
  rules: [...meetingRules, ...registrationRules, ...calendarFeedRules],
  recordTypes: [
    { ...meetingVisibility, audiences: ["board"], personal: NO_PERSONAL_DATA },
    { ...registrationVisibility, audiences: ["author"], personal: registrationPersonalData },
    { type: "calendarFeed", audiences: ["author"], personal: calendarFeedPersonalData },
  ],
  editTargets: meetingEditTargets,
  since: meetingOpVersions,
});
