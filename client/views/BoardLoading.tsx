import { AppBar } from "../core/ui/AppBar";
import { ConnectionStatus } from "../features/board";
import { LegalFooter } from "../features/privacy";
import { useT } from "../i18n/I18nProvider";
import type { ConnectionStatus as Status } from "../sync/syncState";

/** The board page until the board is there; also the page's first paint before any code runs (HTTP-6). */
export function BoardLoading({ status, pendingCount }: { status: Status; pendingCount: number }) {
  const t = useT();
  return (
    <>
      <header className="page-header">
        <AppBar />
      </header>
      <main className="page-main narrow" data-testid="board-loading">
        <h1>{t("board.loading")}</h1>
        <ConnectionStatus status={status} pendingCount={pendingCount} />
      </main>
      <LegalFooter />
    </>
  );
}
