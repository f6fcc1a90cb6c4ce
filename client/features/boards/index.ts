/** The start page's parts: create a board, its links, the boards this browser knows. */
export { CreateBoardForm } from "./CreateBoardForm";
export { CreatedBoardLinks } from "./CreatedBoardLinks";
export { KnownBoardsList } from "./KnownBoardsList";
