import { useEffect, useRef } from "react";
import type { CreatedBoard } from "../../../shared/api";
import { CopyField } from "../../core/ui/CopyField";
import { useT } from "../../i18n/I18nProvider";

/** The two links of a new board: one to share, one to keep. */
export function CreatedBoardLinks({ board, title }: { board: CreatedBoard; title: string }) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel created" aria-labelledby="created-heading" data-testid="created-board">
      <h2 id="created-heading" ref={headingRef} tabIndex={-1}>
        {t("created.heading", { title })}
      </h2>
      <div className="created-link">
        <CopyField
          label={t("created.participantLink")}
          copyLabel={t("created.copyParticipant")}
          value={board.participantUrl}
          testId="participant-link"
        />
        <p className="created-hint">{t("created.participantHint")}</p>
        <a className="button" href={board.participantUrl} data-testid="open-participant">
          {t("created.openBoard")}
        </a>
      </div>
      <div className="created-link created-moderator">
        <CopyField
          label={t("created.moderatorLink")}
          copyLabel={t("created.copyModerator")}
          value={board.moderatorUrl}
          testId="moderator-link"
        />
        <p className="warning" data-testid="moderator-warning">
          <strong>{t("created.warningTitle")}</strong> {t("created.warning")}
        </p>
        <a className="button button-primary" href={board.moderatorUrl} data-testid="open-moderator">
          {t("created.openModerator")}
        </a>
      </div>
    </section>
  );
}
