import type { EditTargets, OpProtocolVersions } from "../../shared/core/feature";
import type { RecordView } from "../../shared/core/recordView";
import type { OpRule } from "../../shared/core/ruleBook";
import type { MessageKey } from "../i18n/messages";
import type { Footprint } from "../sync/footprint";

/** What the browser knows of one op beyond its schema and rule. */
export interface ClientOpDefinition<O> {
  /** Names the change in a problem ("Karte nicht gespeichert:"). */
  label: MessageKey;
  /**
   * The words the op carried, as plain text ("" for ops without any): offered back for copying when
   * the op is refused, so no form loses what was typed.
   */
  submittedText(op: O): string;
  /** Text fields that are not the user's words to offer back (the consent wording, the display name). */
  notWords?: readonly string[];
  /** What its prediction reads and writes (SYNC-12); left out, every committed change replays it. */
  footprint?(op: O, view: RecordView): Footprint;
}

/**
 * One feature as the browser sees it. `ops` has an entry for every op of the feature and
 * `editTargets` one for every op that carries a baseVersion: the compiler rejects a definition that
 * leaves one out. client/features/index.ts lists the definitions.
 */
export interface ClientFeatureDefinition<O extends { type: string }> {
  name: string;
  ops: { [T in O["type"]]: ClientOpDefinition<Extract<O, { type: T }>> };
  editTargets: EditTargets<O>;
  /** The protocol version that introduced each op (PROTO-2), from the shared feature's edits.ts. */
  opVersions: OpProtocolVersions<O>;
  /** Rules the board page predicts with from the start; a lazy view adds its own when it loads (addRules). */
  rules?: readonly OpRule<O>[];
}

export const defineClientFeature = <O extends { type: string }>(definition: ClientFeatureDefinition<O>) => definition;

/** The non-empty parts of a text, one paragraph each. */
export const paragraphs = (...parts: (string | null | undefined | readonly string[])[]): string =>
  parts
    .map((part) => (Array.isArray(part) ? part.join(", ") : part))
    .filter(Boolean)
    .join("\n\n");
