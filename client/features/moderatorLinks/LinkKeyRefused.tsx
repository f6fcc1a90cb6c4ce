import { IconButton } from "../../core/ui/IconButton";
import { useT } from "../../i18n/I18nProvider";

/** Says that a link's moderator key was refused and the page went on with the key it had (AUTH-3). */
export function LinkKeyRefused({ onDismiss }: { onDismiss(): void }) {
  const t = useT();
  return (
    <div className="alerts">
      <div className="alert" role="alert" data-testid="link-key-refused">
        <div className="alert-text">
          <p>{t("board.linkKeyRefused")}</p>
        </div>
        <IconButton icon="close" label={t("problem.dismiss")} onClick={onDismiss} />
      </div>
    </div>
  );
}
