export { topicEditTargets, topicOpVersions } from "./edits";
export type { TopicOp } from "./ops";
export { topicRules } from "./topicRules";
