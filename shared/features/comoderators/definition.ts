import { defineFeature } from "../../core/feature";
import { byModerators } from "../../core/personalData";
import { comoderatorEditTargets, comoderatorOpVersions } from "./edits";
import { moderatorInviteRules } from "./index";
import { COMODERATOR_OPS } from "./ops";
import { moderatorInviteVisibility } from "./visibility";

/** Co-moderator links: made and revoked by the board's moderator, their hashes shown to nobody (COMOD-2..4). */
export const comoderatorsFeature = defineFeature({
  name: "comoderators",
  ops: COMODERATOR_OPS,
  rules: moderatorInviteRules,
  recordTypes: [
    { ...moderatorInviteVisibility, audiences: ["moderators"], personal: byModerators(["name"], "moderation") },
  ],
  editTargets: comoderatorEditTargets,
  since: comoderatorOpVersions,
});
