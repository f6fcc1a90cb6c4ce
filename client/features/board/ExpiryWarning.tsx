import { useI18n } from "../../i18n/I18nProvider";
import type { SyncState } from "../../sync/syncState";

const DAY_MS = 24 * 60 * 60 * 1000;

interface Props {
  expiry: NonNullable<SyncState["expiry"]>;
  /** The board's revision now: a change since the join has kept the board, and the warning goes. */
  revision: number;
}

/**
 * OPS-6: on an instance that ends quiet boards, the board warns in its last two weeks (its last half,
 * when it ends sooner) that it will be deleted, and when.
 */
export function ExpiryWarning({ expiry, revision }: Props) {
  const { t, language } = useI18n();
  const warnFor = Math.min(14, expiry.afterDays / 2) * DAY_MS;
  if (revision !== expiry.revision || expiry.deletesAt - Date.now() > warnFor) return null;
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(expiry.deletesAt);
  return (
    <p className="warning" role="status" data-testid="expiry-warning">
      {t("board.expiry.warning", { date, days: expiry.afterDays })}
    </p>
  );
}
