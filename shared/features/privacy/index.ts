export { privacyEditTargets, privacyOpVersions } from "./edits";
export type { PrivacyOp } from "./ops";
