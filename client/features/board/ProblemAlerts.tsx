import type { Op } from "../../../shared/ops";
import { IconButton } from "../../core/ui/IconButton";
import { useT } from "../../i18n/I18nProvider";
import type { SyncState } from "../../sync/syncState";
import type { EditorDraftMap } from "../topics";
import { cardSubmittedText, draftToContent } from "../topics";
import { SubmittedText, textOfOp } from "./SubmittedText";

interface Props {
  problems: SyncState["problems"];
  onDismiss(opId: string): void;
  /** Open editors whose card was deleted by someone else meanwhile. */
  orphanDrafts: { cardId: string; draft: EditorDraftMap[string] }[];
  /** Title of the column a lost draft can be posted to as a new card; null when there is none. */
  repostColumn: string | null;
  onRepost(cardId: string): void;
  onDiscardDraft(cardId: string): void;
}

const ACTION_KEYS = {
  "board.update": "action.board.update",
  "column.add": "action.column.add",
  "column.rename": "action.column.rename",
  "column.update": "action.column.update",
  "column.move": "action.column.move",
  "column.remove": "action.column.remove",
  "card.add": "action.card.add",
  "card.edit": "action.card.edit",
  "card.move": "action.card.move",
  "card.remove": "action.card.remove",
  "meeting.add": "action.meeting.add",
  "meeting.update": "action.meeting.update",
  "meeting.cancel": "action.meeting.cancel",
  "meeting.document": "action.meeting.document",
  "meeting.remove": "action.meeting.remove",
  "registration.add": "action.registration.add",
  "registration.cancel": "action.registration.cancel",
  "impulse.offer": "action.impulse.offer",
  "impulse.edit": "action.impulse.edit",
  "impulse.withdraw": "action.impulse.withdraw",
  "impulse.accept": "action.impulse.accept",
  "impulse.decline": "action.impulse.decline",
  "impulse.schedule": "action.impulse.schedule",
  "impulse.cancel": "action.impulse.cancel",
  "impulse.held": "action.impulse.held",
  "impulse.remove": "action.impulse.remove",
  "calendarFeed.add": "action.calendarFeed.add",
  "calendarFeed.remove": "action.calendarFeed.remove",
  "businessCard.publish": "action.businessCard.publish",
  "businessCard.update": "action.businessCard.update",
  "businessCard.remove": "action.businessCard.remove",
  "businessCard.newEditLink": "action.businessCard.newEditLink",
  "wallSettings.update": "action.wallSettings.update",
} as const satisfies Record<Op["type"], string>;

/** Refused changes, in the user's language, each dismissible; and drafts whose card is gone. */
export function ProblemAlerts({ problems, onDismiss, orphanDrafts, repostColumn, onRepost, onDiscardDraft }: Props) {
  const t = useT();
  if (problems.length === 0 && orphanDrafts.length === 0) return null;
  return (
    <div className="alerts">
      {problems.map(({ opId, op, problem }) => (
        <div key={opId} className="alert" role="alert" data-testid="problem" data-code={problem.code}>
          <div className="alert-text">
            <p>
              <strong>{t(ACTION_KEYS[op.type])}</strong> {t(`problem.${problem.code}`)}
            </p>
            <SubmittedText text={textOfOp(op)} />
          </div>
          <IconButton icon="close" label={t("problem.dismiss")} onClick={() => onDismiss(opId)} />
        </div>
      ))}
      {orphanDrafts.map(({ cardId, draft }) => (
        <div key={cardId} className="alert" role="alert" data-testid="orphan-draft">
          <div className="alert-text">
            <p>{t("problem.cardDeletedWhileEditing", { title: draft.cardTitle })}</p>
            <SubmittedText text={cardSubmittedText(draftToContent(draft.fields))} />
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
