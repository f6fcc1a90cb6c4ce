import type { OpRule } from "../../core/ruleBook";
import type { Op } from "../../ops";
import { businessCardRules } from "./cardRules";
import { wallSettingsRules } from "./wallSettingsRules";

export { type BusinessCardClaimOp, claimRules } from "./claimRules";
export type { BusinessCardPublishOp, BusinessCardRemoveOp, BusinessCardUpdateOp, WallSettingsUpdateOp } from "./ops";
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
