import type { BoardState } from "../../../shared/boardState";
import type { VotingRound } from "../../../shared/features/voting";
import type { Card } from "../../../shared/model";
import { roundTitle } from "./roundTitle";
import { useVotingT } from "./useVotingT";
import { useVoting } from "./votingBoard";

/** VOTE-8: the closed rounds side by side, one row per card that got votes in any of them. */
export function RoundsCompare({
  rounds,
  board,
  labelOf,
}: {
  rounds: readonly VotingRound[];
  board: BoardState;
  labelOf(card: Card): string;
}) {
  const t = useVotingT();
  const { tallies } = useVoting();
  const cardIds = [...new Set(rounds.flatMap((round) => Object.keys(tallies.get(round.id)?.counts ?? {})))];
  const total = (cardId: string) =>
    rounds.reduce((sum, round) => sum + (tallies.get(round.id)?.counts[cardId] ?? 0), 0);
  cardIds.sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
  const titleOf = (cardId: string) => {
    const card = board.card?.[cardId] as Card | undefined;
    return card ? labelOf(card) : t("voting.results.goneCard");
  };
  return (
    <details className="rounds-compare" data-testid="rounds-compare">
      <summary>{t("voting.rounds.heading")}</summary>
      <div className="table-scroll">
        <table>
          <caption>{t("voting.rounds.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("voting.rounds.card")}</th>
              {rounds.map((round) => (
                <th scope="col" key={round.id}>
                  {roundTitle(round, t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cardIds.map((cardId) => (
              <tr key={cardId}>
                <th scope="row">{titleOf(cardId)}</th>
                {rounds.map((round) => (
                  <td key={round.id}>{tallies.get(round.id)?.counts[cardId] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
