import type { Committed } from "../../../shared/changes";
import type { Problem } from "../../../shared/errors";
import {
  type Entrant,
  linksOnlyProblem,
  MODERATION_SETTINGS_ID,
  type ModerationSettings,
} from "../../../shared/features/moderation";
import { participantsRoomOf } from "../../realtime/audiences";
import type { BoardServer } from "../../realtime/types";
import type { FindRecord } from "./linkAccess";

/**
 * LINK-7, the one check of joins and REST requests alike, after their keys decided role and link: a
 * links-only board refuses a plain participant (no moderator key, no special link).
 */
export async function linksOnlyRefusal(find: FindRecord, entrant: Entrant): Promise<Problem | null> {
  const settings = (await find("moderationSettings", MODERATION_SETTINGS_ID)) as ModerationSettings | undefined;
  return linksOnlyProblem(settings, entrant);
}

/**
 * LINK-7: when a batch makes the board links-only, its plain participants (on every process, the
 * adapter carries it) are cut off after the frame that did it; their page joins again and is refused.
 * Link holders and moderators are in rooms of their own, so they stay.
 */
export function cutOffPlainParticipants(io: BoardServer, boardId: string, batch: readonly Committed[]): void {
  const closed = batch.some(({ writes }) =>
    writes.some(
      (write) =>
        "put" in write &&
        write.put.type === "moderationSettings" &&
        (write.put as ModerationSettings).linksOnly === true,
    ),
  );
  if (closed) io.in(participantsRoomOf(boardId)).disconnectSockets(true);
}
