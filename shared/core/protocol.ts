/**
 * The sync protocol's version, sent with every join and told back in the join's answer (PROTO-1).
 * Raise it whenever an op, frame or snapshot changes in a way an older peer would misread.
 * 2: records with audiences (shared/core/records.ts) in place of per-entity changes.
 * 3: `column.update` (COL-4). Pages from before it still send `column.rename`, which stays accepted
 *    (their stored ops survive the reload).
 * 4: the networking wall's ops (`businessCard.*`, `wallSettings.update`, NET-1..7).
 * 5: `board.update` may carry the board's `views` (VIEW-1). Edits without views stay as they were.
 * 6: `impulse.remove` (FAIR-3) and `businessCard.newEditLink` (NET-8); pages of 5 stay accepted.
 * 7: issue 16's ops: working groups (`group.*`, AG-1..6); dot voting and likes (`votingRound.*`,
 *    `vote.*`, `priority.*`, `likes.configure`, `like.*`, VOTE-1..8, LIKE-1, LIKE-2); clusters and
 *    card.merge (`cluster.*`, `card.merge`, CLU-1..8).
 * 8: issue 17's ops: the timer (`timer.*`, TIMER-1..3) and the projector's focus (`focus.set`, PROJ-1);
 *    co-moderator links (`moderatorInvite.*`, COMOD-2..4);
 *    erasing one's own data (`author.erase`, DATA-2);
 *    agenda items of a meeting (`agendaItem.*`, AGENDA-1..3);
 *    moderation settings and the approval queue (`moderation.*`, MOD-1..5);
 *    special links (`link.create`, `link.revoke`, LINK-1..6);
 *    a links-only board (`moderation.linksOnly`, LINK-7).
 * From 5 on, the join's answer tells the server's version, a server accepts every page from
 * MIN_CLIENT_PROTOCOL on (newer ones too), and a page sends a server only the ops it understands
 * (each feature's op versions, shared/features/<f>/edits.ts): a new op raises PROTOCOL_VERSION but no longer MIN_CLIENT_PROTOCOL.
 */
export const PROTOCOL_VERSION = 8;

/**
 * The oldest page this server still understands: raise it only when what the server sends changed
 * shape so that such a page would misread it, or an op it sends is no longer accepted. Older pages
 * are told `outdated_client` (reload). Pages from 5 on read a records' field or type they do not
 * know without harm (kept, never dropped); pages before 5 cannot be open any more (the servers of
 * their time told every other version to reload).
 */
export const MIN_CLIENT_PROTOCOL = 5;

/** Which versions a server speaks: its own, and the oldest page it accepts. */
export interface ProtocolRange {
  version: number;
  minClient: number;
}

export const SERVER_PROTOCOL: ProtocolRange = { version: PROTOCOL_VERSION, minClient: MIN_CLIENT_PROTOCOL };

/**
 * The protocol version that introduced an op, by op type: a number, or a function of the op when a
 * field came later. Ops not named are as old as the protocol (1). Data, so that it can come from
 * elsewhere (each feature's definitions) and tests can pass their own.
 */
export type OpVersions<O extends { type: string } = { type: string }> = {
  readonly [T in O["type"]]?: number | ((op: Extract<O, { type: T }>) => number);
};

/** The version a server must speak to understand `op`. */
export function introducedIn<O extends { type: string }>(op: O, versions: OpVersions<O>): number {
  const entry = versions[op.type as O["type"]] as number | ((op: O) => number) | undefined;
  return typeof entry === "function" ? entry(op) : (entry ?? 1);
}
