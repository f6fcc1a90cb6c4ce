import type { ModeratorInvite } from "../../../shared/features/comoderators";
import { CopyField } from "../../core/ui/CopyField";
import { useI18n } from "../../i18n/I18nProvider";
import type { KeyValueStorage } from "../../sync/storage";
import { moderatorLinkUrl, readInviteSecret } from "./links";
import { useComoderatorsT } from "./useComoderatorsT";

interface Props {
  boardId: string;
  invites: readonly ModeratorInvite[];
  storage: KeyValueStorage;
  onRevoke(invite: ModeratorInvite): void;
}

/** COMOD-2, COMOD-3: the board's co-moderator links, each with its link (where this browser made it) and its own revoke button. */
export function InviteList({ boardId, invites, storage, onRevoke }: Props) {
  const t = useComoderatorsT();
  const { language } = useI18n();
  if (invites.length === 0) return <p data-testid="invites-empty">{t("comod.none")}</p>;
  return (
    <ul className="invite-list" aria-label={t("comod.list")} data-testid="invite-list">
      {invites.map((invite) => {
        const secret = readInviteSecret(storage, boardId, invite.id);
        const when = new Date(invite.createdAt).toLocaleString(language, { dateStyle: "medium", timeStyle: "short" });
        return (
          <li key={invite.id} data-testid="invite">
            <div className="invite-head">
              <strong>{invite.label}</strong>
              <span>{t("comod.createdAt", { when })}</span>
              <button
                type="button"
                className="button button-small"
                aria-label={t("comod.revokeNamed", { label: invite.label })}
                data-testid="invite-revoke"
                onClick={() => onRevoke(invite)}
              >
                {t("comod.revoke")}
              </button>
            </div>
            {secret ? (
              <CopyField
                label={t("comod.inviteLink", { label: invite.label })}
                copyLabel={t("comod.copyInviteLink", { label: invite.label })}
                value={moderatorLinkUrl(window.location.origin, boardId, secret)}
                testId="invite-link"
              />
            ) : (
              <p className="field-hint">{t("comod.notHere")}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
