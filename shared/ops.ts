/**
 * Operations are what a client asks for; each feature defines its own (shared/features/<f>/ops.ts)
 * and shared/features/index.ts joins them. This file re-exports them for the many importers.
 */

export { type Op, type OpOf, type OpRequest, OpRequestSchema, OpSchema, type OpType } from "./features";
export { BoardUpdateOp, BoardViews } from "./features/board/ops";
export { AuthorName, CardContentSchema, TopicContentSchema } from "./features/topics/ops";
export { EntityId, HttpLink, Rank } from "./fields";
