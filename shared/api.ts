import { z } from "zod";
import { LIMITS } from "./limits";
import { AuthorName, CardContentSchema, EntityId, Rank } from "./ops";
import { TEMPLATE_NAMES, type TemplateName } from "./templates";
import { multiLineText, requiredText } from "./text";

/** Request bodies of the public REST API (docs/api.md). */
export const CreateBoardBody = z.strictObject({
  title: requiredText(LIMITS.boardTitle),
  description: multiLineText(LIMITS.boardDescription).default(""),
  template: z.enum(TEMPLATE_NAMES as [TemplateName, ...TemplateName[]]).default("empty"),
});

export const CreateCardBody = z.strictObject({
  columnId: EntityId,
  /** Optional: the API places the card at the end of the column when absent. */
  rank: Rank.optional(),
  /** Optional client-chosen id; one is made when absent. */
  cardId: EntityId.optional(),
  authorName: AuthorName.default(null),
  content: CardContentSchema,
});

export const BoardIdParam = EntityId;

export interface CreatedBoard {
  boardId: string;
  participantUrl: string;
  moderatorUrl: string;
  moderatorKey: string;
}

/** `POST /api/boards/:boardId/cluster-suggestions` (SUG-2): all topic cards, or one column's. */
export const ClusterSuggestionsBody = z.strictObject({ columnId: EntityId.optional() });

/** Groups of similar cards with a short label, and pairs of near-duplicates (SUG-1..3). */
export interface ClusterSuggestionsAnswer {
  suggestions: { cardIds: string[]; label: string }[];
  duplicates: [string, string][];
}
