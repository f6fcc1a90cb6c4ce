import type { BusinessCard } from "../../../shared/features/networking/records";
import type { NetworkingTranslate } from "./useNetworkingT";

/**
 * NET-UI-8: this browser kept the edit link of a card that another device took over since, by
 * opening that link. The take-over replaced the card's secret (NET-8), so the kept link no longer
 * works: the notice says so instead of offering "create my card", and forgets the link on request.
 */
export function HeldCardNotice({
  t,
  card,
  onForget,
}: {
  t: NetworkingTranslate;
  card: BusinessCard;
  onForget(): void;
}) {
  return (
    <section className="panel wall-held" aria-labelledby="wall-held-heading" data-testid="held-card">
      <h2 id="wall-held-heading">{t("wall.held.heading")}</h2>
      <p>{t("wall.held.explain", { name: card.name })}</p>
      <button type="button" className="button" onClick={onForget}>
        {t("wall.held.forget")}
      </button>
    </section>
  );
}
