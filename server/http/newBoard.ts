import type { Request } from "express";
import type { CreatedBoard } from "../../shared/api";
import type { BaseRecord } from "../../shared/core/records";
import { type Problem, problem } from "../../shared/errors";
import { hashSecret, newSecret, tokenMatches } from "../auth/secrets";
import type { BoardStore } from "../store/BoardStore";

/** OPS-4: with an admin token configured, a new board (created, imported, duplicated) needs it. */
export function adminTokenProblem(req: Request, adminToken: string | undefined): Problem | null {
  if (adminToken === undefined || tokenMatches(req.get("x-admin-token"), adminToken)) return null;
  return problem("forbidden", "This instance creates boards only with its admin token (header X-Admin-Token).");
}

/** Where boards live: PUBLIC_URL, else the address the request came to. */
export const boardsBaseUrl = (req: Request, publicUrl: string | undefined): string =>
  publicUrl ?? `${req.protocol}://${req.get("host")}`;

/** Stores a new board with its first records and a fresh moderator key, and says where it is (BOARD-2). */
export async function storeNewBoard(
  store: BoardStore,
  board: { id: string; records: BaseRecord[]; createdAt: number; baseUrl: string },
): Promise<CreatedBoard> {
  const moderatorKey = newSecret();
  await store.createBoard({
    id: board.id,
    moderatorKeyHash: hashSecret(moderatorKey),
    records: board.records,
    createdAt: board.createdAt,
  });
  const participantUrl = `${board.baseUrl}/b/${board.id}`;
  return {
    boardId: board.id,
    participantUrl,
    // The key travels in the URL fragment, which browsers never send to a server or in a Referer.
    moderatorUrl: `${participantUrl}#key=${moderatorKey}`,
    moderatorKey,
  };
}
