import { readAuthorToken } from "../../sync/joinRequest";
import type { KeyValueStorage } from "../../sync/storage";

export type ClaimResult = "ok" | "refused" | "network";

/**
 * NET-UI-2: opening an edit link in another browser makes that browser the card's author:
 * `POST /api/boards/:boardId/business-cards/:cardId/claim` with the link's secret and this browser's
 * author token (AUTH-2). The card then changes its author in every browser through the usual frames,
 * and its secret to this browser's new one: the link just opened stops working (NET-8).
 */
export async function claimCard(
  storage: KeyValueStorage,
  boardId: string,
  cardId: string,
  secret: string,
  /** The SHA-256 of the secret that replaces the link's (NET-8); null where none can be minted. */
  newKeyHash: string | null,
): Promise<ClaimResult> {
  const authorToken = readAuthorToken(storage);
  if (!authorToken) return "network";
  try {
    const response = await fetch(
      `/api/boards/${encodeURIComponent(boardId)}/business-cards/${encodeURIComponent(cardId)}/claim`,
      {
        method: "POST",
        headers: { "content-type": "application/json", "X-Author-Token": authorToken },
        body: JSON.stringify(newKeyHash ? { key: secret, newKeyHash } : { key: secret }),
      },
    );
    if (response.ok) return "ok";
    return response.status >= 500 || response.status === 429 ? "network" : "refused";
  } catch {
    return "network";
  }
}
