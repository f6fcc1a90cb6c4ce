import type { RecordView } from "../../core/recordView";
import { type Problem, problem } from "../../errors";
import type { Actor } from "../../model";

/**
 * COMOD-3: an op sent with a co-moderator link that was revoked is refused, decided inside the board's
 * transaction in the order of its ops: nothing sent after the revocation passes, whatever was in flight.
 */
export function revokedLinkProblem(view: RecordView, actor: Actor): Problem | null {
  if (actor.moderatorInviteId === undefined || view.get("moderatorInvite", actor.moderatorInviteId)) return null;
  return problem("forbidden", "This moderator link was revoked.");
}

/** COMOD-4: only the board's own moderator link makes and revokes co-moderator links. */
export const managesInvites = (actor: Actor): boolean =>
  actor.role === "moderator" && actor.moderatorInviteId === undefined;
