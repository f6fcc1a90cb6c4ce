import { useId } from "react";
import { Dialog } from "../../core/ui/Dialog";
import { QrCode } from "../../core/ui/QrCode";
import { useT } from "../../i18n/I18nProvider";

/**
 * VIEW-5: the participant link as a big QR code (most of the screen, for a projector) with the link
 * as text. Never the moderator link: the page hands in the board's plain participant address.
 */
export function QrDialog({ open, url, onClose }: { open: boolean; url: string; onClose(): void }) {
  const t = useT();
  const id = useId();
  return (
    <Dialog open={open} labelledBy={`${id}-title`} onCancel={onClose} className="dialog-qr">
      <div className="qr-dialog" data-testid="qr-dialog">
        <h2 id={`${id}-title`}>{t("board.qr.title")}</h2>
        <QrCode value={url} label={t("board.qr.image", { url })} className="qr-big" />
        <p className="qr-link" data-testid="qr-link">
          {url}
        </p>
        <p className="qr-hint">{t("board.qr.hint")}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t("board.qr.close")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
