import { useId, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { Card, Column } from "../../../shared/model";
import { useBoardUi } from "../board";
import { RoundDialog, RoundResults, RoundsCompare } from "./parts";
import { roundTitle } from "./roundTitle";
import { useVotingT, type VotingTranslate } from "./useVotingT";
import { useVoting } from "./votingBoard";
import "./voting.css";

function leftText(count: number, t: VotingTranslate): string {
  if (count === 0) return t("voting.left.none");
  return count === 1 ? t("voting.left.one") : t("voting.left", { count });
}

/**
 * Above the columns: the open round with "N Punkte übrig" (VOTE-2), the moderators' start and end,
 * and the likes switch (LIKE-1); the last closed round's ranking (VOTE-6) and all rounds compared (VOTE-8).
 */
export function VotingPanel({
  board,
  columns,
  labelOf,
}: {
  board: BoardState;
  columns: readonly Column[];
  labelOf(card: Card): string;
}) {
  const t = useVotingT();
  const ui = useBoardUi();
  const voting = useVoting();
  const headingId = useId();
  const [starting, setStarting] = useState(false);
  const [shownRoundId, setShownRoundId] = useState<string | null>(null);
  const moderator = ui.actor.role === "moderator";
  const { round } = voting;
  const closed = voting.rounds.filter((each) => each.status === "closed");
  if (!moderator && !round && closed.length === 0) return null;
  // The latest closed round's ranking, unless another was chosen from the list.
  const shown = closed.find((each) => each.id === shownRoundId) ?? closed[0];

  const scope =
    round?.columnIds == null
      ? t("voting.summary.board")
      : t("voting.summary.columns", {
          columns: round.columnIds.map((id) => columns.find((column) => column.id === id)?.title ?? "").join(", "),
        });

  // Before the first round a moderator sees one slim row, so the columns stay where they were.
  const compact = !round && closed.length === 0;
  return (
    <section
      className={compact ? "voting-panel is-compact" : "voting-panel"}
      aria-labelledby={headingId}
      data-testid="voting-panel"
    >
      <h2 id={headingId} className={compact ? "visually-hidden" : undefined}>
        {t("voting.heading")}
      </h2>
      {round && (
        <div className="voting-open" data-testid="voting-open">
          <p className="voting-title">{roundTitle(round, t)}</p>
          <p className="voting-summary">
            {t("voting.summary", {
              votes: round.votesPerPerson,
              max: round.maxPerCard,
              anonymous: t(round.anonymous ? "voting.summary.anonymous" : "voting.summary.named"),
              results: t(round.results === "live" ? "voting.summary.live" : "voting.summary.atClose"),
              scope,
            })}
          </p>
          {ui.actor.authorId !== null && (
            <p className="votes-left" data-testid="votes-left" aria-live="polite">
              {leftText(voting.dotsLeft, t)}
            </p>
          )}
        </div>
      )}
      {moderator && (
        <div className="voting-tools">
          {round ? (
            <button
              type="button"
              className="button"
              data-testid="voting-close"
              onClick={() => ui.actions.submit({ type: "votingRound.close", roundId: round.id })}
            >
              {t("voting.close")}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              data-testid="voting-start"
              onPointerEnter={() => void RoundDialog.preload()}
              onFocus={() => void RoundDialog.preload()}
              onClick={() => setStarting(true)}
            >
              {t("voting.start")}
            </button>
          )}
          <label className="check">
            <input
              type="checkbox"
              data-testid="likes-toggle"
              checked={voting.likesEnabled}
              onChange={(event) => ui.actions.submit({ type: "likes.configure", enabled: event.target.checked })}
            />
            {t("likes.toggle")}
          </label>
        </div>
      )}
      {closed.length > 1 && (
        <div className="field">
          <label htmlFor={`${headingId}-round`}>{t("voting.rounds.show")}</label>
          <select
            id={`${headingId}-round`}
            data-testid="round-select"
            value={shown?.id}
            onChange={(event) => setShownRoundId(event.target.value)}
          >
            {closed.map((each) => (
              <option key={each.id} value={each.id}>
                {roundTitle(each, t)}
              </option>
            ))}
          </select>
        </div>
      )}
      {shown && <RoundResults round={shown} board={board} labelOf={labelOf} actions={moderator ? ui.actions : null} />}
      {closed.length > 1 && <RoundsCompare rounds={closed} board={board} labelOf={labelOf} />}
      {starting && <RoundDialog columns={columns} actions={ui.actions} onDone={() => setStarting(false)} />}
    </section>
  );
}
