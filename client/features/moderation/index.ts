export { CardReview } from "./CardReview";
export { boardLockAt, LockWhenTimeIsUp } from "./LockWhenTimeIsUp";
export { ModerationBar } from "./ModerationBar";
export { ModerationPanel } from "./parts";
