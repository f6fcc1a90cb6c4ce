/**
 * The sync protocol's version, sent with every join. A client older than the server is told to
 * reload (keeping its unsent ops); a server older than the client (during an update) is asked again.
 * Raise it whenever a frame, snapshot or op changes shape in a way an older peer would misread.
 * 2: records with audiences (shared/core/records.ts) in place of per-entity changes.
 * 3: `column.update` (COL-4). A server from before it would refuse the op as invalid input, which is
 *    final, and the moderator's words would be lost; this way such a server answers the join
 *    `outdated_server` and the page waits for the update. Pages from before it still send
 *    `column.rename`, which stays accepted (their stored ops survive the reload).
 * 4: the networking wall's ops (`businessCard.*`, `wallSettings.update`, NET-1..7), for the same
 *    reason: a server from before them would refuse a published card as invalid input, finally.
 * 5: `board.update` may carry the board's `views` (VIEW-1). A server from before it would refuse
 *    such an edit as invalid input (a strict object), which is final; this way it answers the join
 *    `outdated_server` instead. Edits without views stay as they were.
 */
export const PROTOCOL_VERSION = 5;
