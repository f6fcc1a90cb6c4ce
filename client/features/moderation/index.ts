export { CardReview } from "./CardReview";
export { ColumnLockedNotice } from "./ColumnLockedNotice";
export { ColumnLocksProvider, useColumnLocks } from "./columnLocks";
export { boardLockAt, LockWhenTimeIsUp } from "./LockWhenTimeIsUp";
export { ModerationBar } from "./ModerationBar";
export { ModerationPanel } from "./parts";
