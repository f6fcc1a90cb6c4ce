/** Per-type field narrowing, derived from the list of features (shared/features/index.ts). */
export type { RecordTypeDefinition } from "./core/recordType";
export { authorSeesMore, hidesFromModerators, linkReadingOf, redactRecord } from "./features";
