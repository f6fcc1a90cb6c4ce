import { useT } from "../i18n/I18nProvider";
import type { ConnectionStatus as Status } from "../sync/BoardSync";

export function ConnectionStatus({ status, pendingCount }: { status: Status; pendingCount: number }) {
  const t = useT();
  return (
    <output className={`connection connection-${status}`} data-testid="connection-status" data-status={status}>
      <span className="connection-dot" aria-hidden="true" />
      <span>{t(`status.${status}`)}</span>
      {/* Online, ops are acknowledged within moments: counting them would only flicker. */}
      {pendingCount > 0 && status !== "online" && (
        <span className="connection-pending" data-testid="pending-count">
          {t(pendingCount === 1 ? "status.pending.one" : "status.pending.other", { count: pendingCount })}
        </span>
      )}
    </output>
  );
}
