import type { EditTarget, FeatureDefinition } from "./feature";
import type { LinkScope } from "./linkScope";
import { recordTypeBook } from "./recordType";
import type { RecordView } from "./recordView";
import type { OpRule } from "./ruleBook";

/**
 * What a list of features adds up to: every rule, every edit target, the protocol version of every
 * op, every record type with its redaction. shared/features/index.ts applies it to the app's list.
 */
export function featureBook(features: readonly FeatureDefinition[]) {
  const recordTypes = features.flatMap((feature) => feature.recordTypes);
  return {
    rules: features.flatMap((feature): readonly OpRule<{ type: string }>[] => feature.rules),
    editTargets: Object.assign({}, ...features.map((feature) => feature.editTargets)) as Readonly<
      Record<string, (op: never) => EditTarget>
    >,
    opVersions: Object.assign({}, ...features.map((feature) => feature.since)) as Readonly<
      Record<string, number | ((op: never) => number)>
    >,
    linkHolderOps: Object.assign({}, ...features.map((feature) => feature.linkHolderOps ?? {})) as Readonly<
      Record<string, (op: never, view: RecordView, scope: LinkScope) => boolean>
    >,
    recordTypes,
    ...recordTypeBook(recordTypes),
  };
}
