/** Co-moderators (COMOD-1..6): links of their own that make their holder a moderator, revocable one by one. */
export { comoderatorEditTargets, comoderatorOpVersions } from "./edits";
export { MAX_MODERATOR_INVITES, moderatorInviteRules } from "./inviteRules";
export type { ComoderatorOp, ComoderatorOpOf } from "./ops";
export type { ModeratorInvite } from "./records";
export { managesInvites, revokedLinkProblem } from "./rights";
export { moderatorInviteVisibility, withoutKeyHash } from "./visibility";
