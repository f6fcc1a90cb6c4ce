import type { BaseRecord } from "../../core/records";

/** The board's one focus record (PROJ-1). */
export const FOCUS_ID = "focus";

/** What a moderator may put in focus, and the record type each names. */
export const FOCUS_KINDS = { column: "column", group: "workingGroup", meeting: "meeting" } as const;
export type FocusKind = keyof typeof FOCUS_KINDS;

export interface FocusTarget {
  kind: FocusKind;
  id: string;
}

/** What the projector shows large ("follow me", PROJ-1): a column, a working group, a meeting, or nothing (the whole board). */
export interface Focus extends BaseRecord {
  type: "focus";
  audience: "board";
  authorId: null;
  target: FocusTarget | null;
}
