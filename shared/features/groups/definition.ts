import { defineFeature } from "../../core/feature";
import { groupEditTargets, groupOpVersions } from "./edits";
import { groupRules } from "./index";
import { GROUP_OPS } from "./ops";
import { groupMembershipVisibility, workingGroupVisibility } from "./visibility";

/** Working groups (AGs): founding them, joining and leaving, the conveners' link (AG-1..6). */
export const groupsFeature = defineFeature({
  name: "groups",
  ops: GROUP_OPS,
  rules: groupRules,
  recordTypes: [
    { ...workingGroupVisibility, audiences: ["board"] },
    { ...groupMembershipVisibility, audiences: ["board"] },
  ],
  editTargets: groupEditTargets,
  since: groupOpVersions,
});
