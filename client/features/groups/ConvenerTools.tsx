import { useState } from "react";
import type { WorkingGroup } from "../../../shared/features/groups";
import type { Op } from "../../../shared/ops";
import { canMintSecrets, mintSecret } from "../../core/secrets";
import { CopyField } from "../../core/ui/CopyField";
import { useI18n } from "../../i18n/I18nProvider";
import { browserStorage } from "../../sync/storage";
import { convenerLinkUrl, readConvenerSecret, writeConvenerSecret } from "./convenerLink";
import { downloadMembers, type MemberKey } from "./memberFiles";
import type { GroupsTranslate } from "./useGroupsT";

/**
 * For moderators and the group's conveners (AG-5, AG-6): the member downloads, fetched with the key
 * this browser holds; for moderators also the conveners' link (kept by the browser that made it) and
 * a new one, which revokes the old.
 */
export function ConvenerTools({
  t,
  boardId,
  group,
  memberKey,
  moderator,
  submit,
}: {
  t: GroupsTranslate;
  boardId: string;
  group: WorkingGroup;
  memberKey: MemberKey;
  moderator: boolean;
  submit(op: Op): void;
}) {
  const { language } = useI18n();
  const [failed, setFailed] = useState(false);
  const [, setMinted] = useState(0);
  const secret = moderator ? readConvenerSecret(browserStorage(), boardId, group.id) : null;

  async function download(format: "csv" | "vcf") {
    setFailed(!(await downloadMembers(boardId, group.id, format, memberKey, language)));
  }

  async function newLink() {
    const { secret: next, secretHash } = await mintSecret();
    writeConvenerSecret(browserStorage(), boardId, group.id, next);
    submit({ type: "group.newConvenerLink", groupId: group.id, convenerKeyHash: secretHash });
    setMinted((count) => count + 1);
  }

  return (
    <div className="group-tools">
      <fieldset className="group-export">
        <legend>{t("groups.export")}</legend>
        <button
          type="button"
          className="button button-small"
          aria-label={t("groups.export.csvNamed", { name: group.name })}
          data-testid="group-export-csv"
          onClick={() => void download("csv")}
        >
          {t("groups.export.csv")}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t("groups.export.vcardNamed", { name: group.name })}
          data-testid="group-export-vcard"
          onClick={() => void download("vcf")}
        >
          {t("groups.export.vcard")}
        </button>
      </fieldset>
      {failed && (
        <p className="field-error" role="alert">
          {t("groups.export.failed")}
        </p>
      )}
      {moderator && (
        <div className="group-link">
          {secret ? (
            <>
              <CopyField
                label={t("groups.convenerLink")}
                copyLabel={t("groups.convenerLink.copy", { name: group.name })}
                value={convenerLinkUrl(window.location.origin, boardId, group.id, secret)}
                testId="group-convener-link"
              />
              <p className="group-muted">{t("groups.convenerLink.hint")}</p>
            </>
          ) : (
            <p className="group-muted">{t("groups.convenerLink.missing")}</p>
          )}
          {canMintSecrets() && (
            <button
              type="button"
              className="button button-small"
              aria-label={t("groups.convenerLink.newNamed", { name: group.name })}
              onClick={() => void newLink()}
            >
              {t("groups.convenerLink.new")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
