import type { OpRule } from "../../core/ruleBook";
import { businessCardRules } from "./cardRules";
import type { NetworkingOp as Op } from "./ops";
import { wallSettingsRules } from "./wallSettingsRules";

export { type BusinessCardClaimOp, claimRules } from "./claimRules";
export { networkingEditTargets } from "./edits";
export type {
  BusinessCardPublishOp,
  BusinessCardRemoveOp,
  BusinessCardUpdateOp,
  NetworkingOp,
  WallSettingsUpdateOp,
} from "./ops";
export {
  type BusinessCard,
  type ContactField,
  type ContactFields,
  type ContactVisibility,
  WALL_SETTINGS_ID,
  type WallSettings,
} from "./records";
export { businessCardVisibility, withoutEditKey } from "./visibility";

/** The wall's rules the browser predicts with too (added lazily, like the meetings'). */
export const networkingRules: readonly OpRule<Op>[] = [...businessCardRules, ...wallSettingsRules];
