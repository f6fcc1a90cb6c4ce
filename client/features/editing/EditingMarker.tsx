import { useCallback, useContext, useSyncExternalStore } from "react";
import { useT } from "../../i18n/I18nProvider";
import { EditingContext } from "./editingContext";

const NOBODY = () => () => {};

/** "wird bearbeitet von …" on a card someone else has open in an editor (PRES-EDIT-1). */
export function EditingMarker({ cardId }: { cardId: string }) {
  const t = useT();
  const channel = useContext(EditingContext);
  const subscribe = useCallback((listener: () => void) => channel?.subscribe(listener) ?? (() => {}), [channel]);
  const namesNow = () => channel?.namesOf(cardId);
  const names = useSyncExternalStore(channel ? subscribe : NOBODY, namesNow, namesNow);
  if (!names?.length) return null;
  const who = names.map((name) => name || t("presence.someone")).join(", ");
  return (
    <p className="card-editing" data-testid="card-editing">
      {t("presence.editing", { name: who })}
    </p>
  );
}
