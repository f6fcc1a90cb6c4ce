export { CardReview } from "./CardReview";
export { ModerationBar } from "./ModerationBar";
export { ModerationPanel } from "./parts";
