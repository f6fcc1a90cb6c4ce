import { type FormEvent, useState } from "react";
import { newId } from "../../../shared/ids";
import { LIMITS } from "../../../shared/limits";
import type { Op } from "../../../shared/ops";
import { mintSecret } from "../../core/secrets";
import { Field } from "../../core/ui/Field";
import type { KeyValueStorage } from "../../sync/storage";
import { writeInviteSecret } from "./links";
import { useComoderatorsT } from "./useComoderatorsT";

interface Props {
  boardId: string;
  storage: KeyValueStorage;
  submit(op: Op): void;
}

/**
 * COMOD-2: a co-moderator link for one named person. This browser mints the secret and keeps it to
 * show the link; the op carries only its SHA-256.
 */
export function InviteForm({ boardId, storage, submit }: Props) {
  const t = useComoderatorsT();
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | undefined>();

  async function create(event: FormEvent) {
    event.preventDefault();
    const wanted = label.trim();
    if (!wanted) {
      setError(t("comod.labelMissing"));
      return;
    }
    setError(undefined);
    const inviteId = newId();
    const { secret, secretHash } = await mintSecret();
    writeInviteSecret(storage, boardId, inviteId, secret);
    submit({ type: "moderatorInvite.create", inviteId, label: wanted, keyHash: secretHash });
    setLabel("");
  }

  return (
    <form className="invite-form" onSubmit={(event) => void create(event)} noValidate>
      <Field label={t("comod.label")} error={error}>
        <input
          type="text"
          value={label}
          maxLength={LIMITS.personName}
          autoComplete="off"
          data-testid="invite-label"
          onChange={(event) => setLabel(event.target.value)}
        />
      </Field>
      <button type="submit" className="button" data-testid="invite-create">
        {t("comod.create")}
      </button>
    </form>
  );
}
