import type { OpRule } from "../../shared/core/ruleBook";
import type { Op, OpOf, OpType } from "../../shared/ops";
import type { ClientOpDefinition } from "../core/clientFeature";
import type { MessageKey } from "../i18n/messages";
import { addRules } from "../sync/clientRules";
import { addOpTraits } from "../sync/opTraits";
import { boardClient } from "./board/definition";
import { clustersClient } from "./clusters/definition";
import { columnsClient } from "./columns/definition";
import { comoderatorsClient } from "./comoderators/definition";
import { groupsClient } from "./groups/definition";
import { linksClient } from "./links/definition";
import { impulsesClient, meetingsClient } from "./meetings/definition";
import { moderationClient } from "./moderation/definition";
import { networkingClient } from "./networking/definition";
import { privacyClient } from "./privacy/definition";
import { focusClient } from "./projector/definition";
import { timerClient } from "./timer/definition";
import { topicsClient } from "./topics/definition";
import { votingClient } from "./voting/definition";

/**
 * The client's list of features. Problem labels, the words offered back when an op is refused, the
 * edit chains and the prediction footprints are derived from it: a feature is added with one line.
 */
export const CLIENT_FEATURES = [
  boardClient,
  columnsClient,
  topicsClient,
  meetingsClient,
  impulsesClient,
  networkingClient,
  groupsClient,
  votingClient,
  clustersClient,
  timerClient,
  focusClient,
  comoderatorsClient,
  privacyClient,
  moderationClient,
  linksClient,
] as const;

type OpTypesOf<F> = F extends { ops: infer Ops } ? keyof Ops : never;
type CoveredOpType = OpTypesOf<(typeof CLIENT_FEATURES)[number]>;

/** Fails to compile when an op of the shared list has no client definition. */
const everyOpHasAClientDefinition: [Exclude<OpType, CoveredOpType>] extends [never] ? true : never = true;
void everyOpHasAClientDefinition;

const OP_DEFINITIONS = Object.assign({}, ...CLIENT_FEATURES.map((feature) => feature.ops)) as {
  readonly [T in OpType]: ClientOpDefinition<OpOf<T>>;
};

const definitionOf = (op: Op) => OP_DEFINITIONS[op.type] as ClientOpDefinition<Op>;

/** The words an op carried, as plain text; empty for ops without any. */
export const textOfOp = (op: Op): string => definitionOf(op).submittedText(op);

/** Names a refused op in its problem. */
export const actionLabelOf = (op: Op): MessageKey => definitionOf(op).label;

/** Fields of an op that are not the user's words to offer back (for tests). */
export const notWordsOf = (type: OpType): readonly string[] => OP_DEFINITIONS[type].notWords ?? [];

let started = false;

/** Tells the sync engine what the features know of their ops; the app calls it once before a board starts. */
export function startClientFeatures(): void {
  if (started) return;
  started = true;
  const editTargets = Object.assign({}, ...CLIENT_FEATURES.map((feature) => feature.editTargets));
  const footprints = Object.fromEntries(
    Object.entries(OP_DEFINITIONS).flatMap(([type, definition]) =>
      definition.footprint ? [[type, definition.footprint]] : [],
    ),
  );
  const opVersions = Object.assign({}, ...CLIENT_FEATURES.map((feature) => feature.opVersions));
  addOpTraits({ editTargets, footprints, opVersions });
  addRules(CLIENT_FEATURES.flatMap((feature): readonly OpRule<Op>[] => feature.rules ?? []));
}
