import { useT } from "../../i18n/I18nProvider";
import type { Identity } from "../../sync/identity";

/** Who the user posts as, with a way to change it. */
export function DisplayName({ identity, onChange }: { identity: Identity; onChange(): void }) {
  const t = useT();
  const shown = !identity.chosen ? t("name.notChosen") : (identity.name ?? t("card.anonymous"));
  return (
    <p className="display-name">
      <span>
        {t("name.postingAs")} <strong data-testid="display-name">{shown}</strong>
      </span>{" "}
      <button type="button" className="button button-small" onClick={onChange}>
        {t("name.change")}
      </button>
    </p>
  );
}
