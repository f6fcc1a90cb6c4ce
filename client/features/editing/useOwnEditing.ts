import { useEffect } from "react";
import type { EditingChannel } from "../../sync/editingChannel";

/**
 * PRES-EDIT-1: tells the others which of the board's cards this page has open in an editor, under
 * the name the person chose (none: "jemand"). `openCardIds` may name cards that are gone; they are
 * left out.
 */
export function useOwnEditing(
  editing: EditingChannel | null,
  openCardIds: readonly string[],
  onBoard: (cardId: string) => boolean,
  shownName: string | null,
): void {
  // As one string, so that a new but equal list does not tell the server again.
  const edited = openCardIds.filter(onBoard).join(" ");
  useEffect(() => {
    editing?.setMine(edited ? edited.split(" ") : [], shownName);
  }, [editing, edited, shownName]);
}
