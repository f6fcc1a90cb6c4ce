import { z } from "zod";
import type { EditTarget, OpProtocolVersions, VersionedOp } from "../core/feature";
import { featureBook } from "../core/featureBook";
import type { OpRule } from "../core/ruleBook";
import { EntityId } from "../fields";
import { boardFeature } from "./board/definition";
import { clustersFeature } from "./clusters/definition";
import { columnsFeature } from "./columns/definition";
import { comoderatorsFeature } from "./comoderators/definition";
import { focusFeature } from "./focus/definition";
import { groupsFeature } from "./groups/definition";
import { impulsesFeature } from "./impulses/definition";
import { linksFeature } from "./links/definition";
import { meetingsFeature } from "./meetings/definition";
import { moderationFeature } from "./moderation/definition";
import { networkingFeature } from "./networking/definition";
import { privacyFeature } from "./privacy/definition";
import { timerFeature } from "./timer/definition";
import { topicsFeature } from "./topics/definition";
import { votingFeature } from "./voting/definition";

/**
 * The features whose records a board holds: a feature is added here with one line (and every record
 * type it declares says what it holds about people, DATA-2).
 */
const RECORD_FEATURES = [
  boardFeature,
  columnsFeature,
  topicsFeature,
  meetingsFeature,
  impulsesFeature,
  networkingFeature,
  groupsFeature,
  votingFeature,
  clustersFeature,
  timerFeature,
  focusFeature,
  comoderatorsFeature,
  moderationFeature,
  linksFeature,
] as const;

/**
 * The one list of features. The op schema union, the rule book, redaction, the edit targets and the
 * per-op protocol versions are derived from it. Erasing one's own data (DATA-2) reads every record
 * feature's declarations, so it comes last, made from them.
 */
export const FEATURES = [...RECORD_FEATURES, privacyFeature(RECORD_FEATURES)] as const;

type OpSchemaOfList = (typeof FEATURES)[number]["ops"][number];

/** Every op a client may send, parsed strictly (the browser imports only its types: zod stays out of its entry). */
export const OpSchema = z.discriminatedUnion(
  "type",
  FEATURES.flatMap((feature): readonly OpSchemaOfList[] => feature.ops) as unknown as [
    OpSchemaOfList,
    ...OpSchemaOfList[],
  ],
);

export type Op = z.output<typeof OpSchema>;
export type OpType = Op["type"];
export type OpOf<T extends OpType> = Extract<Op, { type: T }>;

export const OpRequestSchema = z.strictObject({ opId: EntityId, op: OpSchema });
export type OpRequest = z.output<typeof OpRequestSchema>;

const book = featureBook(FEATURES);

/** Every feature's rules: the app's rule book (shared/applyOp.ts) is made of these. */
export const featureRules: readonly OpRule<Op>[] = FEATURES.flatMap((feature): readonly OpRule<Op>[] => feature.rules);

/** The ops that carry a baseVersion (SYNC-9). */
export type VersionedOpType = VersionedOp<Op>["type"];

type EditTargetOf = { [T in VersionedOpType]: (op: OpOf<T>) => EditTarget };

/** For every op that carries a baseVersion, the record it edits. */
export const EDIT_TARGETS = book.editTargets as EditTargetOf;

/** For every op, the protocol version that introduced it (PROTO-1). */
export const OP_PROTOCOL_VERSIONS = book.opVersions as OpProtocolVersions<Op>;

/** Per op type, whether a special link's holder may send it (LINK-4): the rule book refuses the rest. */
export const LINK_HOLDER_OPS = book.linkHolderOps;

/** Every record type the features declare, with its audiences and redaction. */
export const { recordTypes: RECORD_TYPES, redactRecord, authorSeesMore, hidesFromModerators, linkReadingOf } = book;
