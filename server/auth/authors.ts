import { createHash } from "node:crypto";
import { hashSecret, newSecret } from "./secrets";

export interface AuthorIdentity {
  authorId: string;
  authorToken: string;
}

/**
 * AUTH-4: the author id cards carry on one board, derived from the board and the author token's
 * hash. The same token gives unrelated ids on different boards, so posts cannot be linked across
 * boards by their author id; and nothing is stored, so joining writes nothing (LIMIT-3).
 */
export function boardAuthorId(boardId: string, tokenHash: string): string {
  return createHash("sha256").update(`author:${boardId}:${tokenHash}`).digest("base64url").slice(0, 22);
}

/**
 * Participants have no accounts: the server issues an author token (256 bits) that the browser
 * keeps and sends when it joins. The token proves authorship; a token the server never issued is
 * fine too, it only identifies whoever holds it.
 */
export function resolveAuthor(boardId: string, token: string | undefined): AuthorIdentity {
  const authorToken = token ?? newSecret();
  return { authorId: boardAuthorId(boardId, hashSecret(authorToken)), authorToken };
}
