import type { OpRule } from "../../core/ruleBook";
import { workingGroupRules } from "./groupRules";
import { membershipRules } from "./membershipRules";
import type { GroupOp } from "./ops";

export { groupEditTargets, groupOpVersions } from "./edits";
export { membershipOf, membersOf, workingGroupsOf } from "./members";
export type { GroupOp, GroupOpOf } from "./ops";
export type { GroupMembership, MemberContact, WorkingGroup } from "./records";
export { groupMembershipVisibility, withoutConvenerKey, workingGroupVisibility } from "./visibility";

/** The working groups' rules; the browser predicts with them from the start (counts change often). */
export const groupRules: readonly OpRule<GroupOp>[] = [...workingGroupRules, ...membershipRules];
