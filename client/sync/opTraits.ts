import type { EditTarget } from "../../shared/core/feature";
import type { OpVersions } from "../../shared/core/protocol";
import type { RecordView } from "../../shared/core/recordView";
import type { Op } from "../../shared/ops";
import type { Footprint } from "./footprint";

/**
 * What the sync engine needs to know of op types, told by the client's list of features
 * (client/features/index.ts) before a board starts: the engine itself names no op type.
 * - `editTargets`: for every op that carries a baseVersion, the record it edits (SYNC-9).
 * - `footprints`: what an op's prediction reads and writes (SYNC-12); an op without one is "all".
 * - `opVersions`: the protocol version that introduced each op (PROTO-2).
 */
export interface OpTraits {
  editTargets: Readonly<Record<string, (op: never) => EditTarget>>;
  footprints: Readonly<Record<string, (op: never, view: RecordView) => Footprint>>;
  opVersions: Readonly<Record<string, number | ((op: never) => number)>>;
}

const editTargets = new Map<string, (op: Op) => EditTarget>();
const footprints = new Map<string, (op: Op, view: RecordView) => Footprint>();
const opVersions: Record<string, number | ((op: Op) => number)> = {};

/** Adds features' traits; the client's list of features calls it once at start. */
export function addOpTraits(traits: OpTraits): void {
  for (const [type, target] of Object.entries(traits.editTargets))
    editTargets.set(type, target as (op: Op) => EditTarget);
  Object.assign(opVersions, traits.opVersions);
  for (const [type, footprint] of Object.entries(traits.footprints)) {
    footprints.set(type, footprint as (op: Op, view: RecordView) => Footprint);
  }
}

/** The record an op edits when it carries a baseVersion; undefined for any other op. */
export function editTargetOf(op: Op): EditTarget | undefined {
  return editTargets.get(op.type)?.(op);
}

/** The keys a pending op reads or writes; `view` is the board it is predicted on. */
export function footprintOfOp(op: Op, view: RecordView): Footprint {
  return footprints.get(op.type)?.(op, view) ?? "all";
}

/** The protocol version that introduced each op, as the features told it (PROTO-2). */
export function registeredOpVersions(): OpVersions {
  return opVersions as OpVersions;
}
