import type { z } from "zod";
import { applyOp } from "../../shared/applyOp";
import { type LinkReadingOf, withPlaces } from "../../shared/core/linkScope";
import type { BaseRecord } from "../../shared/core/records";
import type { RecordView } from "../../shared/core/recordView";
import type { OpOutcome } from "../../shared/core/ruleBook";
import type { Redact } from "../../shared/core/visibility";
import type { Actor } from "../../shared/model";
import { OpRequestSchema, OpSchema } from "../../shared/ops";
import { authorSeesMore, hidesFromModerators, linkReadingOf, redactRecord } from "../../shared/recordTypes";

/** An op as the server's core sees it: parsed by the model's schema, applied by the model's rules. */
export interface AnyOp {
  type: string;
  [field: string]: unknown;
}

/**
 * What the server needs to know about the board's kinds of records: how to parse an op from outside
 * and how to apply it. Store, group commit and fan-out take any model; tests add a type of their own.
 */
export interface BoardModel {
  /** An op as a REST body names it (API-5). */
  opSchema: z.ZodType<AnyOp>;
  opRequestSchema: z.ZodType<{ opId: string; op: AnyOp }>;
  applyOp(view: RecordView, op: AnyOp, actor: Actor, now: number): OpOutcome;
  /** Removes fields a viewer who may read a record must not see. */
  redact: Redact;
  /** Whether a record's author sees more of it than other participants (their own contact data). */
  authorSeesMore(record: BaseRecord): boolean;
  /**
   * Whether a record hides fields from moderators but not from its author (a contact field shown to
   * nobody): a moderator who wrote it gets frames and snapshots of their own. None when left out.
   */
  hidesFromModerators?(record: BaseRecord): boolean;
  /** What a special link's holder reads of each record type (LINK-2); nothing when left out. */
  linkReadingOf?: LinkReadingOf;
}

export const themenwandModel: BoardModel = {
  opSchema: OpSchema,
  opRequestSchema: OpRequestSchema,
  // Safe: every op reaching the rules was parsed by OpRequestSchema first. A by-column record's
  // writes carry where it was (LINK-2), so a small group learns that a card left its column.
  applyOp: (view, op, actor, now) => {
    const outcome = (applyOp as BoardModel["applyOp"])(view, op, actor, now);
    return outcome.ok ? { ok: true, writes: withPlaces(outcome.writes, view, linkReadingOf) } : outcome;
  },
  redact: redactRecord,
  authorSeesMore,
  hidesFromModerators,
  linkReadingOf,
};
