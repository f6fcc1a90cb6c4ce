import { memo } from "react";
import type { BusinessCard, ContactField } from "../../../shared/features/networking/records";
import type { Match } from "./matching";
import { tagKey } from "./matching";
import type { NetworkingTranslate } from "./useNetworkingT";

export const cardElementId = (cardId: string) => `business-card-${cardId}`;

/** The reasons a card fits the viewer's own, in words (NET-UI-4). */
export function matchHints(t: NetworkingTranslate, match: Match | undefined): string[] {
  if (!match) return [];
  const hints: string[] = [];
  const count = match.sharedTopics.length;
  if (count > 0) {
    hints.push(
      t(count === 1 ? "wall.match.sharedTopics.one" : "wall.match.sharedTopics.other", {
        count,
        topics: match.sharedTopics.join(", "),
      }),
    );
  }
  if (match.offersWhatYouSeek.length > 0) {
    hints.push(t("wall.match.offers", { words: match.offersWhatYouSeek.join(", ") }));
  }
  if (match.seeksWhatYouOffer.length > 0) {
    hints.push(t("wall.match.seeks", { words: match.seeksWhatYouOffer.join(", ") }));
  }
  return hints;
}

function Contact({
  t,
  label,
  field,
  href,
  own,
  external = false,
}: {
  t: NetworkingTranslate;
  /** The viewer's own card: "you and the moderators"; anyone else's (a moderator looks): "moderators". */
  own: boolean;
  label: string;
  field: ContactField | null;
  href: (value: string) => string;
  external?: boolean;
}) {
  if (!field) return null;
  const note =
    field.visibility === "moderators"
      ? t(own ? "wall.card.onlyYouAndModerators" : "wall.card.onlyModerators")
      : field.visibility === "nobody"
        ? t("wall.card.onlyYou")
        : "";
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <a href={href(field.value)} rel="noopener noreferrer" target={external ? "_blank" : undefined}>
          {field.value}
        </a>
        {note && <span className="wall-muted"> {note}</span>}
      </dd>
    </>
  );
}

interface Props {
  card: BusinessCard;
  t: NetworkingTranslate;
  own: boolean;
  match: Match | undefined;
  /** Topics of the viewer's own card, to mark the shared ones. */
  ownTopics: ReadonlySet<string>;
  canRemove: boolean;
  onRemove(card: BusinessCard): void;
  onDownload(card: BusinessCard, version: "4.0" | "3.0"): void;
}

/** NET-UI-1: one business card on the wall, with its match hints for the viewer. */
export const BusinessCardItem = memo(function BusinessCardItem({
  card,
  t,
  own,
  match,
  ownTopics,
  canRemove,
  onRemove,
  onDownload,
}: Props) {
  const headingId = `${cardElementId(card.id)}-name`;
  const hints = matchHints(t, match);
  const { email, phone, website } = card.contact;
  return (
    <li>
      <article
        id={cardElementId(card.id)}
        className={own ? "wall-card is-own" : "wall-card"}
        aria-labelledby={headingId}
        tabIndex={-1}
        data-testid="business-card"
        data-card-name={card.name}
      >
        <header className="wall-card-head">
          <h3 id={headingId} className="wall-card-name">
            {card.name}
          </h3>
          {own && <span className="wall-badge">{t("wall.own.badge")}</span>}
          {(card.role || card.organisation) && (
            <p className="wall-card-org">{[card.role, card.organisation].filter(Boolean).join(" · ")}</p>
          )}
        </header>
        {hints.length > 0 && (
          <ul className="wall-hints" data-testid="match-hints">
            {hints.map((hint) => (
              <li key={hint} data-testid="match-hint">
                {hint}
              </li>
            ))}
          </ul>
        )}
        <dl className="wall-facts">
          {card.region && (
            <>
              <dt>{t("wall.card.region")}</dt>
              <dd data-testid="card-region">{card.region}</dd>
            </>
          )}
          {card.fieldsOfWork.length > 0 && (
            <>
              <dt>{t("wall.card.fieldsOfWork")}</dt>
              <dd>{card.fieldsOfWork.join(", ")}</dd>
            </>
          )}
          {card.topics.length > 0 && (
            <>
              <dt>{t("wall.card.topics")}</dt>
              <dd className="wall-facts-wide">
                <ul className="wall-tags">
                  {card.topics.map((topic) => (
                    <li key={topic} className={ownTopics.has(tagKey(topic)) ? "wall-tag is-shared" : "wall-tag"}>
                      {topic}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {card.offers && (
            <>
              <dt>{t("wall.card.offers")}</dt>
              <dd className="wall-text">{card.offers}</dd>
            </>
          )}
          {card.seeks && (
            <>
              <dt>{t("wall.card.seeks")}</dt>
              <dd className="wall-text">{card.seeks}</dd>
            </>
          )}
          <Contact t={t} own={own} label={t("wall.card.email")} field={email} href={(value) => `mailto:${value}`} />
          <Contact
            t={t}
            own={own}
            label={t("wall.card.phone")}
            field={phone}
            href={(value) => `tel:${value.replace(/[^+\d]/g, "")}`}
          />
          <Contact t={t} own={own} label={t("wall.card.website")} field={website} href={(value) => value} external />
        </dl>
        {card.about && <p className="wall-text wall-about">{card.about}</p>}
        <div className="wall-card-actions">
          <button
            type="button"
            className="button button-small"
            aria-label={t("wall.vcard.one", { name: card.name })}
            data-testid="vcard-one"
            onClick={() => onDownload(card, "4.0")}
          >
            {t("wall.vcard.short")}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={t("wall.vcard.onePhone", { name: card.name })}
            data-testid="vcard-one-phone"
            onClick={() => onDownload(card, "3.0")}
          >
            {t("wall.vcard.shortPhone")}
          </button>
          {canRemove && (
            <button
              type="button"
              className="button button-small button-danger"
              aria-label={t("wall.card.remove", { name: card.name })}
              data-testid="card-remove"
              onClick={() => onRemove(card)}
            >
              {t("wall.own.remove")}
            </button>
          )}
        </div>
      </article>
    </li>
  );
});
