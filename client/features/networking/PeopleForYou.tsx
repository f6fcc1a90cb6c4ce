import { useId } from "react";
import type { BusinessCard } from "../../../shared/features/networking/records";
import { matchHints } from "./BusinessCardItem";
import type { Match } from "./matching";
import type { NetworkingTranslate } from "./useNetworkingT";

/** NET-UI-4: the people whose cards match the viewer's best, each with why, and a button to show their card. */
export function PeopleForYou({
  t,
  people,
  onShow,
}: {
  t: NetworkingTranslate;
  people: readonly { card: BusinessCard; match: Match }[];
  onShow(card: BusinessCard): void;
}) {
  const id = useId();
  return (
    <section className="wall-people" aria-labelledby={`${id}-people`} data-testid="people-for-you">
      <h2 id={`${id}-people`}>{t("wall.people.heading")}</h2>
      {people.length === 0 ? (
        <p className="wall-muted">{t("wall.people.none")}</p>
      ) : (
        <ol className="wall-people-list">
          {people.map(({ card, match }) => (
            <li key={card.id} data-testid="person-for-you" data-card-name={card.name}>
              <button
                type="button"
                className="link-button wall-link-button"
                aria-label={t("wall.people.show", { name: card.name })}
                onClick={() => onShow(card)}
              >
                {card.name}
              </button>
              {card.organisation && <span className="wall-muted"> · {card.organisation}</span>}
              <span className="wall-people-why">{matchHints(t, match).join(" · ")}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
