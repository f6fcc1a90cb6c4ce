import { useT } from "../../i18n/I18nProvider";
import type { ConnectionStatus as Status } from "../../sync/syncState";

interface Props {
  status: Status;
  pendingCount: number;
  /** Changes were held back by a passing server failure and are being sent again. */
  retrying?: boolean;
}

export function ConnectionStatus({ status, pendingCount, retrying = false }: Props) {
  const t = useT();
  return (
    <output
      className={`connection connection-${status}`}
      data-testid="connection-status"
      data-status={status}
      data-retrying={retrying ? "" : undefined}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span>{t(`status.${status}`)}</span>
      {/* Online, ops are acknowledged within moments: counting them would only flicker, unless
          the server failed to take them and they wait for another try. */}
      {pendingCount > 0 && (status !== "online" || retrying) && (
        <span className="connection-pending" data-testid="pending-count">
          {t(pendingCount === 1 ? "status.pending.one" : "status.pending.other", { count: pendingCount })}
        </span>
      )}
    </output>
  );
}
