/** Who the user is on a board: the display name in the header (NameDialog is a lazy part, see boardParts). */
export { DisplayName } from "./DisplayName";
