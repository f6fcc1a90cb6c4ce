import type { BusinessCard } from "../../../shared/features/networking/records";
import type { NetworkingTranslate } from "./useNetworkingT";

/** NET-UI-5: how many cards the filter shows, and the vCards of those shown (for computers and for phones). */
export function WallListBar({
  t,
  total,
  shown,
  onDownload,
}: {
  t: NetworkingTranslate;
  total: number;
  shown: readonly BusinessCard[];
  onDownload(cards: readonly BusinessCard[], version: "4.0" | "3.0"): void;
}) {
  return (
    <div className="wall-list-bar">
      <p className="wall-count" role="status" data-testid="wall-count">
        {total === 0 ? t("wall.empty") : t("wall.count", { shown: shown.length, total })}
      </p>
      {shown.length > 0 && (
        <div className="wall-downloads">
          <button
            type="button"
            className="button button-small"
            data-testid="vcard-all"
            onClick={() => onDownload(shown, "4.0")}
          >
            {t("wall.vcard.all")}
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="vcard-all-phone"
            onClick={() => onDownload(shown, "3.0")}
          >
            {t("wall.vcard.allPhone")}
          </button>
        </div>
      )}
    </div>
  );
}
