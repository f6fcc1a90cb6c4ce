import { newId } from "../../shared/ids";
import type { BoardStore } from "../store/BoardStore";
import { hashSecret, newSecret } from "./secrets";

export interface AuthorIdentity {
  authorId: string;
  authorToken: string;
}

/**
 * Participants have no accounts: the server issues an author token that the browser keeps. The
 * token proves authorship; only its hash is stored, next to the public author id cards carry.
 */
export async function resolveAuthor(
  store: BoardStore,
  token: string | undefined,
  now: number,
): Promise<AuthorIdentity> {
  if (token) {
    const authorId = await store.authorIdByTokenHash(hashSecret(token));
    if (authorId) return { authorId, authorToken: token };
  }
  const identity = { authorId: newId(), authorToken: newSecret() };
  await store.createAuthor(identity.authorId, hashSecret(identity.authorToken), now);
  return identity;
}
