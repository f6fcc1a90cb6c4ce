import type { Committed } from "../../shared/changes";
import { withAuthorTag } from "../../shared/core/authorTags";
import type { BaseRecord } from "../../shared/core/records";
import { mayRead, type Redact, recordsFor, type Viewer, writesFor } from "../../shared/core/visibility";
import type { Problem } from "../../shared/errors";
import type { OpResponse } from "../../shared/events";
import type { CommitResponse } from "../store/BoardStore";

/**
 * The one exit (VIS-7): everything the server sends a receiver is made here from that receiver's
 * view: acks and REST write answers (and their replays), a conflict's current copy, frames,
 * catch-up and snapshots. Code outside the commit path only ever holds what these return.
 */

/** What one viewer receives of committed changes: each revision, with only the writes they may see. */
export function committedFor(batch: readonly Committed[], viewer: Viewer, redact: Redact): Committed[] {
  return batch.map(({ revision, opId, writes }) => ({ revision, opId, writes: writesFor(writes, viewer, redact) }));
}

export function snapshotRecordsFor(records: Iterable<BaseRecord>, viewer: Viewer, redact: Redact): BaseRecord[] {
  return recordsFor(records, viewer, redact);
}

/**
 * A problem as its receiver may read it: the copy a conflict carries (`current`) is redacted for
 * them, its author as the record's tag (ANON-1), and left out when they may not read the record.
 */
export function problemFor(problem: Problem, viewer: Viewer, redact: Redact): Problem {
  if (!problem.current) return problem;
  const { current, ...rest } = problem;
  return mayRead(current, viewer) ? { ...rest, current: withAuthorTag(current, redact(current, viewer)) } : rest;
}

/**
 * The answer to an op as its sender may read it, the only form in which an answer leaves the
 * commit path. A replay (SYNC-13) looks like the first answer did.
 */
export function answerFor(response: CommitResponse, viewer: Viewer, redact: Redact): OpResponse {
  if (!response.ok) return { ok: false, problem: problemFor(response.problem, viewer, redact) };
  return { ok: true, committed: committedFor([response.committed], viewer, redact)[0] };
}
