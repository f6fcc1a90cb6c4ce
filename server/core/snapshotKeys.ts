import type { BaseRecord } from "../../shared/core/records";
import { isNarrow, type Viewer } from "../../shared/core/visibility";
import type { BoardModel } from "./boardModel";

/**
 * Which cached snapshot a viewer reads (SnapshotCache): their audience's shared one, keyed by the
 * audience and a link holder's scope (LINK-3), or their own on top of it (LIMIT-8), keyed by author.
 */

/** The authors of a board's records who may read more of their own records than the rest of their audience. */
export interface AuthorsSeeingMore {
  /** Authors who may see more of this board than other participants (their own narrower records). */
  authorsSeeingMore: Set<string>;
  /** Authors among the moderators who may see more of their own records than other moderators (NET-2). */
  authorsModeratorsMiss: Set<string>;
}

export function authorsSeeingMoreOf(records: readonly BaseRecord[], model: BoardModel): AuthorsSeeingMore {
  const authorsSeeingMore = new Set<string>();
  const authorsModeratorsMiss = new Set<string>();
  for (const record of records) {
    if (!record.authorId) continue;
    const narrower = isNarrow(record.audience) || model.authorSeesMore(record);
    if (narrower) authorsSeeingMore.add(record.authorId);
    const hidden = record.audience === "authorOnly" || model.hidesFromModerators?.(record);
    if (hidden) authorsModeratorsMiss.add(record.authorId);
  }
  return { authorsSeeingMore, authorsModeratorsMiss };
}

/**
 * The audience whose snapshot a viewer shares (LINK-3): moderators, participants, the link holders
 * of a submission link, or one small group's column.
 */
export function sharedKey(viewer: Viewer): string {
  if (viewer.role === "moderator") return "moderators";
  if (!viewer.scope) return "participants";
  return viewer.scope.kind === "submission" ? "links-submission" : `links-group:${viewer.scope.columnId}`;
}

/**
 * Participants share one snapshot unless the board holds records this author may see more of; so do
 * moderators, unless one wrote a record that hides fields from the others (NET-2). Undefined: the
 * viewer's audience's shared snapshot is theirs.
 */
export function ownKey(board: AuthorsSeeingMore, viewer: Viewer): string | undefined {
  if (!viewer.authorId) return undefined;
  // A submitter reads their own cards and the board's structure: their own on top of the shared text.
  if (viewer.scope?.kind === "submission") return `links-submission-author:${viewer.authorId}`;
  if (viewer.scope?.kind === "group") {
    const key = `links-group-author:${viewer.scope.columnId}:${viewer.authorId}`;
    return board.authorsSeeingMore.has(viewer.authorId) ? key : undefined;
  }
  if (viewer.role === "moderator") {
    return board.authorsModeratorsMiss.has(viewer.authorId) ? `moderator-author:${viewer.authorId}` : undefined;
  }
  return board.authorsSeeingMore.has(viewer.authorId) ? `author:${viewer.authorId}` : undefined;
}
