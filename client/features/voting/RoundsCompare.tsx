import type { BoardState } from "../../../shared/boardState";
import type { VotingRound } from "../../../shared/features/voting";
import type { Card } from "../../../shared/model";
import { compareRows } from "./compareRows";
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
  const rows = compareRows(rounds, tallies);
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
            {rows.map((row) => (
              <tr key={row.cardId}>
                <th scope="row">{titleOf(row.cardId)}</th>
                {row.votes.map((votes, index) => (
                  <td key={rounds[index].id}>{votes}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
