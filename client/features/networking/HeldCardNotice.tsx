import type { BusinessCard } from "../../../shared/features/networking/records";
import type { NetworkingTranslate } from "./useNetworkingT";

/**
 * NET-UI-8: this browser keeps the edit link of a card that another device took over since (its last
 * edit was there). One click claims it back with the kept secret; nothing happens by itself, so two
 * open devices never take the card from each other in turns.
 */
export function HeldCardNotice({
  t,
  card,
  busy,
  onTakeBack,
}: {
  t: NetworkingTranslate;
  card: BusinessCard;
  busy: boolean;
  onTakeBack(): void;
}) {
  return (
    <section className="panel wall-held" aria-labelledby="wall-held-heading" data-testid="held-card">
      <h2 id="wall-held-heading">{t("wall.held.heading")}</h2>
      <p>{t("wall.held.explain", { name: card.name })}</p>
      <button type="button" className="button button-primary" disabled={busy} onClick={onTakeBack}>
        {t("wall.held.takeBack")}
      </button>
    </section>
  );
}
