import {
  type ComoderatorOp,
  comoderatorEditTargets,
  comoderatorOpVersions,
  moderatorInviteRules,
} from "../../../shared/features/comoderators";
import { defineClientFeature } from "../../core/clientFeature";

/** Co-moderator links in the browser (COMOD-2..4); the label is the moderator's, not someone's words. */
export const comoderatorsClient = defineClientFeature<ComoderatorOp>({
  name: "comoderators",
  ops: {
    "moderatorInvite.create": { label: "action.moderatorInvite.create", submittedText: (op) => op.label },
    "moderatorInvite.revoke": { label: "action.moderatorInvite.revoke", submittedText: () => "" },
  },
  editTargets: comoderatorEditTargets,
  opVersions: comoderatorOpVersions,
  rules: moderatorInviteRules,
});
