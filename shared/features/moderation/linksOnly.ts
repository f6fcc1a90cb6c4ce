import { type Problem, problem } from "../../errors";
import type { Role } from "../../model";
import type { ModerationSettings } from "./records";

/** Who a board admits: moderators, link holders (with their link's scope), or plain participants. */
export interface Entrant {
  role: Role;
  scope?: unknown;
}

/**
 * LINK-7: a links-only board opens for its moderators and the holders of a live special link alone;
 * the board id without a link no longer opens it. Checked at every join and REST request (server)
 * and for every op inside the board's transaction (applyOp), so a socket that joined just before the
 * switch cannot write after it.
 */
export function linksOnlyProblem(settings: ModerationSettings | undefined, entrant: Entrant): Problem | null {
  if (settings?.linksOnly !== true || entrant.role === "moderator" || entrant.scope !== undefined) return null;
  return problem("forbidden", "This board opens only through a link: ask its moderators for yours.");
}
