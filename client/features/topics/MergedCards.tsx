import type { Card } from "../../../shared/model";
import { useT } from "../../i18n/I18nProvider";
import { CardText } from "./CardText";

/** The words of cards merged into this one (CLU-6), each with its author's name, read-only. */
export function MergedCards({ card }: { card: Card }) {
  const t = useT();
  if (!card.merged?.length) return null;
  return (
    <section className="card-merged" data-testid="card-merged" aria-label={t("card.merged.heading")}>
      {card.merged.map((merged, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: merged cards have no id of their own and never reorder
        <div key={index} className="card-merged-item">
          <CardText content={merged.content} asHeading={false} />
          <p className="card-merged-by">{t("card.merged.by", { name: merged.authorName ?? t("card.anonymous") })}</p>
        </div>
      ))}
    </section>
  );
}
