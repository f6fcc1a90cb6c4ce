import type { Committed } from "../../shared/changes";
import type { WritableView } from "../../shared/core/recordView";
import { problem } from "../../shared/errors";
import type { BoardModel } from "../core/boardModel";
import { errorFields, log } from "../observability/logger";
import type { CommitRequest, CommitResponse } from "../store/BoardStore";

export interface BatchInput {
  /** The board's records at `revision`; each committed op's writes are applied to it as it goes. */
  records: WritableView;
  revision: number;
  requests: readonly CommitRequest[];
  /** The answer to a request whose op id this board committed before (a retry, or a reused id). */
  repeatOf: (request: CommitRequest) => CommitResponse | undefined;
  /** Told of each op as it commits, so a repeat later in the same batch is recognised. */
  onCommitted: (request: CommitRequest, committed: Committed) => void;
  now: number;
  applyOp: BoardModel["applyOp"];
}

export interface BatchDecision {
  results: CommitResponse[];
  /** What to write, in revision order, with the request each came from. */
  committed: { request: CommitRequest; committed: Committed }[];
  revision: number;
}

/**
 * Decides one board's batch against its records at the current revision: pure, so every store runs
 * it inside its own transaction. Later ops see what earlier ones wrote; a refused op writes nothing.
 */
export function decideBatch(input: BatchInput): BatchDecision {
  const { records, revision, requests, repeatOf, onCommitted, now, applyOp } = input;
  const committed: BatchDecision["committed"] = [];
  let current = revision;
  const results = requests.map((request): CommitResponse => {
    const repeat = repeatOf(request);
    if (repeat) return repeat;
    const { opId, op, actor } = request;
    let outcome: ReturnType<BoardModel["applyOp"]>;
    try {
      outcome = applyOp(records, op, actor, now);
    } catch (error) {
      log.error({ opType: op.type, err: errorFields(error) }, "rule failed");
      return { ok: false, problem: problem("internal", "The server could not save this change.") };
    }
    if (!outcome.ok) return outcome;
    records.apply(outcome.writes);
    current += 1;
    const entry: Committed = { revision: current, opId, writes: outcome.writes };
    committed.push({ request, committed: entry });
    onCommitted(request, entry);
    return { ok: true, committed: entry };
  });
  return { results, committed, revision: current };
}
