import type { Card } from "../../../shared/model";
import { useModerationT } from "./useModerationT";

/**
 * On a card its author and the moderators read while others cannot (MOD-1, MOD-3): waiting for
 * approval, rejected with the moderator's reason, or hidden until the reveal.
 */
export function CardReview({ card }: { card: Card }) {
  const t = useModerationT();
  if (!card.review && !card.hiddenUntilReveal) return null;
  const rejected = card.reviewReason
    ? t("moderation.card.rejectedBecause", { reason: card.reviewReason })
    : t("moderation.card.rejected");
  return (
    <p className="card-review" data-testid="card-review" data-review={card.review ?? "hidden"}>
      {card.review === "waiting" && <span className="review-badge is-waiting">{t("moderation.card.waiting")}</span>}
      {card.review === "rejected" && <span className="review-badge is-rejected">{rejected}</span>}
      {card.hiddenUntilReveal && <span className="review-badge is-hidden">{t("moderation.card.hidden")}</span>}
    </p>
  );
}
