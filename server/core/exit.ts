import type { Committed } from "../../shared/changes";
import { withAuthorTag } from "../../shared/core/authorTags";
import type { LinkReadingOf } from "../../shared/core/linkScope";
import type { BaseRecord } from "../../shared/core/records";
import { mayReadRecord, type Redact, recordsFor, type Viewer, writesFor } from "../../shared/core/visibility";
import type { Problem } from "../../shared/errors";
import type { OpResponse } from "../../shared/events";
import type { CommitResponse } from "../store/BoardStore";

/**
 * The one exit (VIS-7): everything the server sends a receiver is made here from that receiver's
 * view: acks and REST write answers (and their replays), a conflict's current copy, frames,
 * catch-up and snapshots. Code outside the commit path only ever holds what these return.
 */

/**
 * How records narrow per receiver: fields (`redact`), and what a special link's holder reads of
 * each type (`linkReadingOf`, LINK-2; nothing when left out). The BoardModel is one.
 */
export interface Narrowing {
  redact: Redact;
  linkReadingOf?: LinkReadingOf;
}

/** What one viewer receives of committed changes: each revision, with only the writes they may see. */
export function committedFor(batch: readonly Committed[], viewer: Viewer, narrowing: Narrowing): Committed[] {
  const { redact, linkReadingOf } = narrowing;
  return batch.map(({ revision, opId, writes }) => ({
    revision,
    opId,
    writes: writesFor(writes, viewer, redact, linkReadingOf),
  }));
}

export function snapshotRecordsFor(records: Iterable<BaseRecord>, viewer: Viewer, narrowing: Narrowing): BaseRecord[] {
  return recordsFor(records, viewer, narrowing.redact, narrowing.linkReadingOf);
}

/**
 * A problem as its receiver may read it: the copy a conflict carries (`current`) is redacted for
 * them, its author as the record's tag (ANON-1), and left out when they may not read the record.
 */
export function problemFor(problem: Problem, viewer: Viewer, narrowing: Narrowing): Problem {
  if (!problem.current) return problem;
  const { current, ...rest } = problem;
  if (!mayReadRecord(current, viewer, narrowing.linkReadingOf)) return rest;
  return { ...rest, current: withAuthorTag(current, narrowing.redact(current, viewer)) };
}

/**
 * The answer to an op as its sender may read it, the only form in which an answer leaves the
 * commit path. A replay (SYNC-13) looks like the first answer did.
 */
export function answerFor(response: CommitResponse, viewer: Viewer, narrowing: Narrowing): OpResponse {
  if (!response.ok) return { ok: false, problem: problemFor(response.problem, viewer, narrowing) };
  return { ok: true, committed: committedFor([response.committed], viewer, narrowing)[0] };
}
