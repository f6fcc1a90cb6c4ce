/** Who else edits a card right now (PRES-EDIT-1): volatile presence, never stored. */

export { EditingMarker } from "./EditingMarker";
export { EditingContext } from "./editingContext";
export { useOwnEditing } from "./useOwnEditing";
