import { useI18n } from "../../i18n/I18nProvider";
import type { KnownBoard } from "../../sync/knownBoards";

export function KnownBoardsList({ boards }: { boards: readonly KnownBoard[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="panel" aria-labelledby="known-heading" data-testid="known-boards">
      <h2 id="known-heading">{t("known.heading")}</h2>
      {boards.length === 0 ? (
        <p>{t("known.empty")}</p>
      ) : (
        <ul className="known-list">
          {boards.map((board) => (
            <li key={board.id} data-board-id={board.id}>
              <a className="known-board-title" href={`/b/${board.id}`}>
                {board.title}
              </a>
              {board.moderator && <span className="role-badge">{t("board.moderatorBadge")}</span>}
              <span className="known-date">{t("known.lastVisited", { date: formatDateTime(board.lastVisited) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
