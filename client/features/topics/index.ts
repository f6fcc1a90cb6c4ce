/** Cards (topic proposals): their kinds, views, forms, editor drafts, chunks and keyboard moves. */
export { CardChunkView } from "./CardChunkView";
export { CardForm } from "./CardForm";
export { CardText } from "./CardText";
export { MOVE_HINT_ID } from "./CardView";
export { type ChunkedCards, chunkCards } from "./cardChunks";
export { cardLabel, cardSubmittedText, contentToDraft, draftToContent } from "./cardKinds/registry";
export { type EditorDraftMap, EditorDrafts } from "./editorDrafts";
export { EditorDraftsContext } from "./editorDraftsContext";
export { type MoveDirection, planMove } from "./moves";
export { CardEditor, CardMoveMenu } from "./parts";
