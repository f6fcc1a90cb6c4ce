import { useId } from "react";
import type { BoardState } from "../../../shared/boardState";
import type { RankedCard, VotingRound } from "../../../shared/features/voting";
import type { Card, Column } from "../../../shared/model";
import type { BoardActions } from "../../core/boardActions";
import { roundTitle } from "./roundTitle";
import { useVotingT } from "./useVotingT";
import { useVoting } from "./votingBoard";

interface Props {
  round: VotingRound;
  board: BoardState;
  labelOf(card: Card): string;
  /** Set for moderators: they mark priorities. */
  actions: BoardActions | null;
}

/** VOTE-6, VOTE-7: a closed round's ranking, board-wide top 3 and per column, with "mark as priority". */
export function RoundResults({ round, board, labelOf, actions }: Props) {
  const t = useVotingT();
  const headingId = useId();
  const { priorities, tallies } = useVoting();
  const ranking = round.ranking;
  if (!ranking) return null;
  const cardOf = (cardId: string) => board.card?.[cardId] as Card | undefined;
  const titleOf = (cardId: string) => {
    const card = cardOf(cardId);
    return card ? labelOf(card) : t("voting.results.goneCard");
  };
  const voters = tallies.get(round.id)?.voters;

  const entry = (ranked: RankedCard) => {
    const title = titleOf(ranked.cardId);
    const marked = priorities.has(ranked.cardId);
    return (
      <li key={ranked.cardId} data-testid="ranked-card" data-card-id={ranked.cardId}>
        <span className="ranked-place">{t("voting.results.place", { place: ranked.place })}</span>{" "}
        <span className="ranked-title">{title}</span>{" "}
        <span className="ranked-votes">
          {ranked.votes === 1 ? t("voting.results.vote") : t("voting.results.votes", { votes: ranked.votes })}
        </span>
        {marked && !actions && <span className="card-priority">{t("voting.results.marked")}</span>}
        {actions && cardOf(ranked.cardId) && (
          <button
            type="button"
            className="button button-small"
            aria-pressed={marked}
            onClick={() =>
              actions.submit(
                marked
                  ? { type: "priority.unmark", cardId: ranked.cardId }
                  : { type: "priority.mark", cardIds: [ranked.cardId], roundId: round.id },
              )
            }
          >
            {t(marked ? "voting.results.unmark" : "voting.results.mark", { title })}
          </button>
        )}
      </li>
    );
  };

  const topIds = ranking.top.map((card) => card.cardId).filter((cardId) => cardOf(cardId));
  const columnTitle = (columnId: string) => (board.column?.[columnId] as Column | undefined)?.title ?? "";

  return (
    <section className="round-results" aria-labelledby={headingId} data-testid="round-results">
      <h3 id={headingId}>{t("voting.results.heading", { title: roundTitle(round, t) })}</h3>
      {voters !== undefined && (
        <p>{voters === 1 ? t("voting.results.voter") : t("voting.results.voters", { count: voters })}</p>
      )}
      <h4>{t("voting.results.top")}</h4>
      {ranking.top.length === 0 ? (
        <p>{t("voting.results.none")}</p>
      ) : (
        <ol className="ranking" data-testid="ranking-top">
          {ranking.top.map(entry)}
        </ol>
      )}
      {actions && topIds.length > 0 && (
        <button
          type="button"
          className="button"
          data-testid="mark-top"
          onClick={() => actions.submit({ type: "priority.mark", cardIds: topIds, roundId: round.id })}
        >
          {t("voting.results.markTop")}
        </button>
      )}
      {ranking.columns
        .filter((column) => board.column?.[column.columnId])
        .map((column) => (
          <div key={column.columnId} className="ranking-column" data-testid="ranking-column">
            <h4>{columnTitle(column.columnId)}</h4>
            {column.cards.length === 0 ? (
              <p>{t("voting.results.none")}</p>
            ) : (
              <ol className="ranking">{column.cards.map(entry)}</ol>
            )}
          </div>
        ))}
    </section>
  );
}
