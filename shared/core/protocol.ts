/**
 * The sync protocol's version, sent with every join. A client older than the server is told to
 * reload (keeping its unsent ops); a server older than the client (during an update) is asked again.
 * Raise it whenever a frame, snapshot or op changes shape in a way an older peer would misread.
 * 2: records with audiences (shared/core/records.ts) in place of per-entity changes.
 */
export const PROTOCOL_VERSION = 2;
