import type { Op } from "../../../shared/ops";
import { IconButton } from "../../core/ui/IconButton";
import { useT } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import type { SyncState } from "../../sync/syncState";
import { SubmittedText } from "./SubmittedText";

interface Props {
  problems: SyncState["problems"];
  onDismiss(opId: string): void;
  /** Open editors whose card was deleted by someone else meanwhile. */
  orphanDrafts: { cardId: string; cardTitle: string; text: string }[];
  /** Title of the column a lost draft can be posted to as a new card; null when there is none. */
  repostColumn: string | null;
  onRepost(cardId: string): void;
  onDiscardDraft(cardId: string): void;
  /** Names a refused op (from the client's list of features). */
  labelOf(op: Op): MessageKey;
  /** The words a refused op carried, offered back for copying. */
  textOf(op: Op): string;
}

/** Refused changes, in the user's language, each dismissible; and drafts whose card is gone. */
export function ProblemAlerts({
  problems,
  onDismiss,
  orphanDrafts,
  repostColumn,
  onRepost,
  onDiscardDraft,
  labelOf,
  textOf,
}: Props) {
  const t = useT();
  if (problems.length === 0 && orphanDrafts.length === 0) return null;
  return (
    <div className="alerts">
      {problems.map(({ opId, op, problem }) => (
        <div key={opId} className="alert" role="alert" data-testid="problem" data-code={problem.code}>
          <div className="alert-text">
            <p>
              <strong>{t(labelOf(op))}</strong> {t(`problem.${problem.code}`)}
            </p>
            <SubmittedText text={textOf(op)} />
          </div>
          <IconButton icon="close" label={t("problem.dismiss")} onClick={() => onDismiss(opId)} />
        </div>
      ))}
      {orphanDrafts.map(({ cardId, cardTitle, text }) => (
        <div key={cardId} className="alert" role="alert" data-testid="orphan-draft">
          <div className="alert-text">
            <p>{t("problem.cardDeletedWhileEditing", { title: cardTitle })}</p>
            <SubmittedText text={text} />
            <div className="form-actions">
              <button type="button" className="button" onClick={() => onDiscardDraft(cardId)}>
                {t("problem.discardDraft")}
              </button>
              {repostColumn !== null && (
                <button type="button" className="button button-primary" onClick={() => onRepost(cardId)}>
                  {t("problem.repostDraft", { column: repostColumn })}
                </button>
              )}
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
