import type { z } from "zod";
import type { DeclaredRecordType } from "./recordType";
import type { LinkHolderOps, OpRule } from "./ruleBook";

/** An op's strict zod schema; its output names the op's `type`. */
export type OpSchemaLike = z.ZodType<{ type: string }>;

/** The ops a list of schemas parses. */
export type OpsOf<S extends readonly OpSchemaLike[]> = z.output<S[number]>;

/**
 * The record an op that carries a `baseVersion` edits. A board has one `board` record, whose id the
 * op does not name: its id is null here and the one record of that type is meant.
 */
export interface EditTarget {
  type: string;
  id: string | null;
}

/** The ops among O that carry a baseVersion: edits that must never win over text their author did not see. */
export type VersionedOp<O> = O extends { baseVersion: number } ? O : never;

/** For every versioned op, the record it edits: a feature that leaves one out does not compile. */
export type EditTargets<O extends { type: string }> = {
  [T in VersionedOp<O>["type"]]: (op: Extract<O, { type: T }>) => EditTarget;
};

/**
 * For every op, the protocol version that introduced it (PROTO-2): a number, or a function of the op
 * when a field came later.
 */
export type OpProtocolVersions<O extends { type: string }> = {
  [T in O["type"]]: number | ((op: Extract<O, { type: T }>) => number);
};

/**
 * One feature, shared by server and browser: its op schemas, their rules, its record types (audiences,
 * field redaction), which record each versioned op edits, and when each op entered the protocol.
 * shared/features/index.ts lists the features; the op union, the rule book, redaction, the edit
 * targets and the per-op protocol versions are derived from that list.
 */
export interface FeatureDefinition<S extends readonly OpSchemaLike[] = readonly OpSchemaLike[]> {
  name: string;
  ops: S;
  rules: readonly OpRule<OpsOf<S>>[];
  recordTypes: readonly DeclaredRecordType[];
  editTargets: EditTargets<OpsOf<S>>;
  since: OpProtocolVersions<OpsOf<S>>;
  /** The ops a special link's holder may send, and on what (LINK-4); none when left out. */
  linkHolderOps?: LinkHolderOps<OpsOf<S>>;
}

/** Declares a feature with its op schemas' types kept exact, so the compiler checks the rest against them. */
export function defineFeature<const S extends readonly OpSchemaLike[]>(definition: FeatureDefinition<S>) {
  return definition;
}
