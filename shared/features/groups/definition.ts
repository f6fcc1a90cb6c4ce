import { defineFeature } from "../../core/feature";
import { byModerators } from "../../core/personalData";
import { groupEditTargets, groupOpVersions } from "./edits";
import { groupRules } from "./index";
import { GROUP_OPS } from "./ops";
import { membershipPersonalData } from "./personal";
import { groupMembershipVisibility, workingGroupVisibility } from "./visibility";

/** Working groups (AGs): founding them, joining and leaving, the conveners' link (AG-1..6). */
export const groupsFeature = defineFeature({
  name: "groups",
  ops: GROUP_OPS,
  rules: groupRules,
  recordTypes: [
    {
      ...workingGroupVisibility,
      audiences: ["board"],
      personal: byModerators(["name"], "groups"),
    },
    { ...groupMembershipVisibility, audiences: ["board"], personal: membershipPersonalData },
  ],
  editTargets: groupEditTargets,
  since: groupOpVersions,
});
