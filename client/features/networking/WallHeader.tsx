import type { RefObject } from "react";
import { usePageAddress } from "../../core/serverPaint";
import { QrCode } from "../../core/ui/QrCode";
import type { NetworkingTranslate } from "./useNetworkingT";

export type WallForm = "card" | "settings";

/**
 * The wall's heading and intro, the buttons that open the card form (until the viewer has a card)
 * and the moderators' settings, and the QR code of the board's address for the participants (NET-UI-1).
 */
export function WallHeader({
  t,
  headingId,
  boardId,
  form,
  setForm,
  canPublish,
  moderator,
  publishRef,
  settingsRef,
}: {
  t: NetworkingTranslate;
  headingId: string;
  boardId: string;
  form: WallForm | null;
  setForm(form: WallForm | null): void;
  canPublish: boolean;
  moderator: boolean;
  publishRef: RefObject<HTMLButtonElement | null>;
  settingsRef: RefObject<HTMLButtonElement | null>;
}) {
  const participantLink = `${usePageAddress().origin}/b/${boardId}`;
  return (
    <div className="wall-top">
      <div className="wall-intro">
        <h2 id={headingId} tabIndex={-1}>
          {t("wall.heading")}
        </h2>
        <p>{t("wall.intro")}</p>
        <div className="page-actions">
          {canPublish && (
            <button
              ref={publishRef}
              type="button"
              className="button button-primary"
              aria-expanded={form === "card"}
              data-testid="card-publish"
              onClick={() => setForm(form === "card" ? null : "card")}
            >
              {t("wall.publish")}
            </button>
          )}
          {moderator && (
            <button
              ref={settingsRef}
              type="button"
              className="button"
              aria-expanded={form === "settings"}
              data-testid="wall-settings"
              onClick={() => setForm(form === "settings" ? null : "settings")}
            >
              {t("wall.settings.open")}
            </button>
          )}
        </div>
      </div>
      <figure className="wall-qr">
        <QrCode value={participantLink} label={t("wall.qr.image", { url: participantLink })} className="wall-qr-code" />
        <figcaption>{t("wall.qr.label")}</figcaption>
      </figure>
    </div>
  );
}
