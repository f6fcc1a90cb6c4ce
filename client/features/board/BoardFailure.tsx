import type { Problem } from "../../../shared/errors";
import { AppBar } from "../../core/ui/AppBar";
import { useT } from "../../i18n/I18nProvider";

interface Props {
  failure: Problem;
  /** Offered when a moderator link was refused: open the board as a participant instead. */
  onOpenAsParticipant(): void;
}

function failureKind(failure: Problem) {
  switch (failure.code) {
    case "forbidden":
      return "forbidden";
    case "unknown_board":
    case "invalid_input":
      return "notFound";
    case "outdated_client":
      return "outdated";
    case "board_deleted":
      return "deleted";
    default:
      return "other";
  }
}

/** Why a board cannot be shown: it does not exist or was deleted, the moderator link is not valid, or the page is outdated. */
export function BoardFailure({ failure, onOpenAsParticipant }: Props) {
  const t = useT();
  const kind = failureKind(failure);
  return (
    <>
      <header className="page-header">
        <AppBar />
      </header>
      <main className="page-main narrow" data-testid="board-failure" data-code={failure.code}>
        <h1>{t(`failure.${kind}.title`)}</h1>
        <p>{t(`failure.${kind}.text`)}</p>
        <p className="page-actions">
          {kind === "outdated" && (
            <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
              {t("failure.reload")}
            </button>
          )}
          {kind === "forbidden" && (
            <button type="button" className="button button-primary" onClick={onOpenAsParticipant}>
              {t("failure.openAsParticipant")}
            </button>
          )}
          <a className="button" href="/">
            {t("common.home")}
          </a>
        </p>
      </main>
    </>
  );
}
