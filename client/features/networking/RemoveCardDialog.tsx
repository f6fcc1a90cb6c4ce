import type { BusinessCard } from "../../../shared/features/networking/records";
import { ConfirmDialog } from "../../core/ui/ConfirmDialog";
import type { NetworkingTranslate } from "./useNetworkingT";

/** Asks before a card is deleted: the viewer's own, or (for moderators) someone else's, by name. */
export function RemoveCardDialog({
  t,
  removing,
  own,
  onConfirm,
  onCancel,
}: {
  t: NetworkingTranslate;
  /** The card to delete; none while the dialog is closed. */
  removing: BusinessCard | null;
  own: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <ConfirmDialog
      open={removing !== null}
      title={t(own ? "wall.own.removeTitle" : "wall.card.removeTitle")}
      message={own ? t("wall.own.removeMessage") : t("wall.card.removeMessage", { name: removing?.name ?? "" })}
      confirmLabel={t(own ? "wall.own.remove" : "wall.card.removeConfirm")}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
