import { lazyPart } from "../../core/lazyPart";

/** LEGAL-1: every page's footer with the legal links, in a chunk of its own with its words. */
export const LegalFooter = lazyPart(() => import("./LegalFooter").then((m) => m.LegalFooter));

/** LEGAL-3: the generated privacy page (`/datenschutz`). */
export const PrivacyPage = lazyPart(() => import("./PrivacyPage").then((m) => m.PrivacyPage));

/** DATA-2: the confirmation before one's own data on a board goes. */
export const EraseMineDialog = lazyPart(() => import("./EraseMineDialog").then((m) => m.EraseMineDialog));

/** How many records of each kind a person wrote on the board as the page holds it (0 after DATA-2's erase). */
export { ownRecordCounts } from "./ownRecords";
