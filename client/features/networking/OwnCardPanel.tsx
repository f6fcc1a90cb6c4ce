import { useState } from "react";
import { canMintSecrets, mintSecret } from "../../core/secrets";
import { CopyField } from "../../core/ui/CopyField";
import { browserStorage } from "../../sync/storage";
import { editLinkUrl, readEditSecret, writeEditSecret } from "./editLink";
import type { WallContext } from "./wallContext";

export const OWN_HEADING_ID = "wall-own-heading";

/**
 * NET-UI-2: the viewer's own card: its private edit link to keep (read from this browser's storage
 * on every render, so a link kept in another tab shows too), and the buttons to edit or delete it.
 */
export function OwnCardPanel({
  ctx,
  cardId,
  onEdit,
  onRemove,
}: {
  ctx: WallContext;
  cardId: string;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t } = ctx;
  const [renewed, setRenewed] = useState(false);
  const secret = readEditSecret(browserStorage(), ctx.boardId, cardId);
  const published = ctx.ownCard?.id === cardId;

  /** NET-8: a new secret replaces the card's; the old link answers 404 from then on. */
  async function renewEditLink() {
    const { secret: next, secretHash } = await mintSecret();
    // Kept before the op leaves, as when publishing: the new link must not be lost.
    writeEditSecret(browserStorage(), ctx.boardId, cardId, next);
    ctx.actions.submit({ type: "businessCard.newEditLink", cardId, editKeyHash: secretHash });
    setRenewed(true);
  }
  return (
    <section className="wall-own" aria-labelledby={OWN_HEADING_ID} data-testid="own-card">
      <h2 id={OWN_HEADING_ID} tabIndex={-1}>
        {t("wall.own.heading")}
      </h2>
      {secret ? (
        <div className="wall-edit-link" data-testid="edit-link-panel">
          <h3>{t("wall.editLink.heading")}</h3>
          <p className="wall-warning">{t("wall.editLink.warning")}</p>
          <CopyField
            label={t("wall.editLink.label")}
            copyLabel={t("wall.editLink.copy")}
            value={editLinkUrl(window.location.origin, ctx.boardId, cardId, secret)}
            testId="edit-link"
          />
        </div>
      ) : (
        <p className="wall-muted">{t("wall.editLink.missing")}</p>
      )}
      {published && canMintSecrets() && (
        <div className="wall-edit-link-renew">
          <p className="wall-muted">{t("wall.editLink.renewHint")}</p>
          <button type="button" className="button" data-testid="edit-link-renew" onClick={() => void renewEditLink()}>
            {t("wall.editLink.renew")}
          </button>
          <p role="status" className="wall-muted" data-testid="edit-link-renewed">
            {renewed ? t("wall.editLink.renewed") : ""}
          </p>
        </div>
      )}
      {published && (
        <div className="page-actions">
          <button type="button" className="button" data-testid="own-edit" onClick={onEdit}>
            {t("wall.own.edit")}
          </button>
          <button type="button" className="button button-danger" data-testid="own-remove" onClick={onRemove}>
            {t("wall.own.remove")}
          </button>
        </div>
      )}
    </section>
  );
}
