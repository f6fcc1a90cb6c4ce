import { inScope } from "../../../shared/features/voting";
import { newId } from "../../../shared/ids";
import type { Card } from "../../../shared/model";
import { useIdentity } from "../../sync/identity";
import { useBoardUi } from "../board";
import { useVotingT } from "./useVotingT";
import { useVoting } from "./votingBoard";
import "./voting.css";

interface Props {
  card: Card;
  /** The card's accessible label (its title), for the buttons' names. */
  label: string;
}

/**
 * A card's dots in the open round (VOTE-2), its priority mark (VOTE-7) and its heart (LIKE-1).
 * Nothing when none of these applies: on a board without voting each of thousands of cards reads one
 * context and renders nothing.
 */
export function CardVotes({ card, label }: Props) {
  const voting = useVoting();
  const { round } = voting;
  const voteHere = round !== null && inScope(round, card) && voting.authorId !== null;
  if (!voteHere && !voting.priorities.has(card.id) && !voting.likesEnabled) return null;
  return <CardVotesShown card={card} label={label} voteHere={voteHere} />;
}

/** The controls themselves: buttons, so click and keyboard alike; each names the card and the count. */
function CardVotesShown({ card, label, voteHere }: Props & { voteHere: boolean }) {
  const t = useVotingT();
  const ui = useBoardUi();
  const identity = useIdentity();
  const voting = useVoting();
  const { round } = voting;
  const priority = voting.priorities.has(card.id);

  const mine = voting.myDots.get(card.id) ?? 0;
  const total = round ? (voting.tallies.get(round.id)?.counts[card.id] ?? 0) : 0;
  const showsTotal = round !== null && voting.tallies.has(round.id);
  const canAdd = voteHere && voting.dotsLeft > 0 && mine < (round?.maxPerCard ?? 0);
  const liked = voting.myLikes.has(card.id);
  const likes = voting.likeCounts.get(card.id) ?? 0;

  return (
    <div className="card-votes">
      {priority && (
        <span className="card-priority" data-testid="card-priority">
          {t("voting.card.priority")}
        </span>
      )}
      {voteHere && round && (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset would need a legend inside every card
        <div className="vote-control" role="group" aria-label={t("voting.card.group", { title: label })}>
          <button
            type="button"
            className="vote-button"
            data-testid="vote-remove"
            aria-label={t("voting.card.remove", { title: label, mine })}
            disabled={mine === 0}
            onClick={() => ui.actions.submit({ type: "vote.retract", roundId: round.id, cardId: card.id })}
          >
            {t("voting.card.removeSign")}
          </button>
          <span className="vote-count" data-testid="vote-mine">
            {t("voting.card.mine", { mine })}
            {showsTotal && (
              <span className="vote-total" data-testid="vote-total">
                {t("voting.card.total", { total })}
              </span>
            )}
          </span>
          <button
            type="button"
            className="vote-button"
            data-testid="vote-add"
            aria-label={t("voting.card.add", { title: label, mine })}
            disabled={!canAdd}
            onClick={() =>
              ui.actions.submit({
                type: "vote.cast",
                roundId: round.id,
                cardId: card.id,
                ballotId: voting.ballotId ?? newId(),
                voterName: identity.chosen ? identity.name : null,
              })
            }
          >
            {t("voting.card.addSign")}
          </button>
        </div>
      )}
      {voting.likesEnabled && voting.authorId !== null && (
        <button
          type="button"
          className={`like-button${liked ? " is-liked" : ""}`}
          data-testid="like"
          aria-pressed={liked}
          aria-label={t("likes.like", { title: label, count: likes })}
          onClick={() =>
            ui.actions.submit(
              liked ? { type: "like.remove", cardId: card.id } : { type: "like.add", likeId: newId(), cardId: card.id },
            )
          }
        >
          <span aria-hidden="true">{t(liked ? "likes.heart.on" : "likes.heart.off")}</span>{" "}
          {t("likes.count", { count: likes })}
        </button>
      )}
    </div>
  );
}
