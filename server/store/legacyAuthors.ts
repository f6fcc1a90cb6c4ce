import type Database from "better-sqlite3";
import { boardAuthorId } from "../auth/authors";

/**
 * AUTH-4, once per database: earlier versions gave an author one random id on every board and kept
 * it in the `authors` table next to the token's hash. Their cards now get the per-board id their
 * token derives, so they stay their authors' cards; then the rows go, since nothing reads them any
 * more, and later starts find nothing to do. One transaction, no schema change. Changes already in
 * the op log keep the old ids; a client that catches up through them shows those cards as someone
 * else's until it next loads the board (the server decides by the new ids).
 */
export function upgradeLegacyAuthors(db: Database.Database): number {
  const authors = db.prepare("SELECT id, token_hash AS tokenHash FROM authors").all() as {
    id: string;
    tokenHash: string;
  }[];
  if (authors.length === 0) return 0;
  const tokenHashOf = new Map(authors.map((author) => [author.id, author.tokenHash]));
  const cards = db.prepare(
    "SELECT board_id AS boardId, id, author_id AS authorId FROM cards WHERE author_id IN (SELECT id FROM authors)",
  );
  const update = db.prepare("UPDATE cards SET author_id = ? WHERE board_id = ? AND id = ?");
  return db.transaction(() => {
    let updated = 0;
    for (const card of cards.all() as { boardId: string; id: string; authorId: string }[]) {
      update.run(boardAuthorId(card.boardId, tokenHashOf.get(card.authorId) as string), card.boardId, card.id);
      updated++;
    }
    db.prepare("DELETE FROM authors").run();
    return updated;
  })();
}
