import type { Committed } from "../../../shared/changes";
import { linkHoldersRoom } from "../../realtime/audiences";
import type { BoardServer } from "../../realtime/types";

/**
 * LINK-5: a revoked link's holders are cut off at once, on every process (the adapter carries it),
 * after the frame that revoked it. Their page reconnects and its join is refused.
 */
export function cutOffRevokedLinks(io: BoardServer, boardId: string, batch: readonly Committed[]): void {
  for (const { writes } of batch) {
    for (const write of writes) {
      if ("remove" in write && write.remove.type === "specialLink") {
        io.in(linkHoldersRoom(boardId, write.remove.id)).disconnectSockets(true);
      }
    }
  }
}
