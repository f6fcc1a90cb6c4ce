import { type GroupOp, groupEditTargets, groupOpVersions, groupRules } from "../../../shared/features/groups";
import { defineClientFeature, paragraphs } from "../../core/clientFeature";

type GroupTextOp = Extract<GroupOp, { type: "group.create" | "group.update" }>;

const groupText = (op: GroupTextOp) => paragraphs(op.name, op.description, op.conveners);

/** Working groups in the browser; their rules predict from the start, so a join shows at once. */
export const groupsClient = defineClientFeature<GroupOp>({
  name: "groups",
  ops: {
    "group.create": { label: "action.group.create", submittedText: groupText },
    "group.update": { label: "action.group.update", submittedText: groupText },
    "group.remove": { label: "action.group.remove", submittedText: () => "" },
    "group.newConvenerLink": { label: "action.group.newConvenerLink", submittedText: () => "" },
    "group.join": {
      label: "action.group.join",
      submittedText: (op) => paragraphs(op.name, op.contact),
      // The consent wording is the page's, not the person's.
      notWords: ["consent"],
    },
    "group.leave": { label: "action.group.leave", submittedText: () => "" },
  },
  editTargets: groupEditTargets,
  opVersions: groupOpVersions,
  rules: groupRules,
});
