import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { BoardState } from "../../../shared/boardState";
import { cardsOf } from "../../../shared/boardState";
import type { WorkingGroup } from "../../../shared/features/groups";
import { GroupCreateOp, GroupUpdateOp } from "../../../shared/features/groups/ops";
import { newId } from "../../../shared/ids";
import { LIMITS } from "../../../shared/limits";
import type { Card } from "../../../shared/model";
import type { Op } from "../../../shared/ops";
import { checkOp, errorTexts, type FieldErrors, submitChecked } from "../../core/checkOp";
import { canMintSecrets, mintSecret } from "../../core/secrets";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import { browserStorage } from "../../sync/storage";
import { writeConvenerSecret } from "./convenerLink";
import type { GroupsKey, GroupsTranslate } from "./useGroupsT";

const GROUP_ERRORS = {
  messageFor(field: string): GroupsKey {
    return field === "name" ? "groups.error.groupName" : "groups.error.invalid";
  },
};

/** What a new group starts from: nothing, or a cluster with its title and cards (AG-1). */
export interface GroupStart {
  name: string;
  topicCardIds: readonly string[];
  clusterId: string | null;
}

export const FRESH_GROUP: GroupStart = { name: "", topicCardIds: [], clusterId: null };

const linesOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * AG-1: a moderator founds a working group (fresh, or from a cluster: `start`) or edits one. Founding
 * mints the conveners' link's secret, kept in this browser before the op leaves (AG-5).
 */
export function GroupForm({
  t,
  boardId,
  board,
  group,
  start = FRESH_GROUP,
  labelOf,
  submit,
  onDone,
}: {
  t: GroupsTranslate;
  boardId: string;
  board: BoardState;
  /** The group to edit; none to found a new one. */
  group: WorkingGroup | null;
  start?: GroupStart;
  labelOf(card: Card): string;
  submit(op: Op): void;
  onDone(groupId: string | null): void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(group?.name ?? start.name);
  const [description, setDescription] = useState(group?.description ?? "");
  const [conveners, setConveners] = useState((group?.conveners ?? []).join("\n"));
  const [topics, setTopics] = useState<ReadonlySet<string>>(new Set(group?.topicCardIds ?? start.topicCardIds));
  const [baseVersion] = useState(group?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors<GroupsKey>>({});
  const [busy, setBusy] = useState(false);
  const errorText = errorTexts(errors, t);
  const cards = Object.values(cardsOf(board)).sort((a, b) => labelOf(a).localeCompare(labelOf(b), "de"));

  useEffect(() => formRef.current?.querySelector<HTMLInputElement>("input")?.focus(), []);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const fields = { name, description, conveners: linesOf(conveners), topicCardIds: [...topics] };
    if (group) {
      const op = { type: "group.update", groupId: group.id, baseVersion, ...fields };
      if (submitChecked(checkOp(GroupUpdateOp, op, GROUP_ERRORS), formRef.current, setErrors, submit)) onDone(group.id);
      return;
    }
    setBusy(true);
    try {
      const groupId = newId();
      const { secret, secretHash } = await mintSecret();
      const op = { type: "group.create", groupId, ...fields, clusterId: start.clusterId, convenerKeyHash: secretHash };
      const sent = submitChecked(checkOp(GroupCreateOp, op, GROUP_ERRORS), formRef.current, setErrors, (checked) => {
        // Kept before the op leaves: the moderator can hand out the link from this browser.
        writeConvenerSecret(browserStorage(), boardId, groupId, secret);
        submit(checked);
      });
      if (sent) onDone(groupId);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (cardId: string, on: boolean) =>
    setTopics((last) => {
      const next = new Set(last);
      if (on) next.add(cardId);
      else next.delete(cardId);
      return next;
    });

  return (
    <form
      ref={formRef}
      className="group-form group-form-main"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void send(event)}
      noValidate
      data-testid="group-form"
    >
      <h3 id={`${id}-heading`}>{t(group ? "groups.form.editHeading" : "groups.form.newHeading")}</h3>
      {!group && !canMintSecrets() && <p className="field-error">{t("groups.convenerLink.insecure")}</p>}
      <Field label={t("groups.form.groupName")} error={errorText.name}>
        <input
          value={name}
          maxLength={LIMITS.groupName}
          data-testid="group-form-name"
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <Field label={t("groups.form.description")} error={errorText.description}>
        <textarea
          value={description}
          rows={3}
          maxLength={LIMITS.groupDescription}
          data-testid="group-form-description"
          onChange={(event) => setDescription(event.target.value)}
        />
      </Field>
      <Field label={t("groups.form.conveners")} error={errorText.conveners}>
        <textarea
          value={conveners}
          rows={2}
          data-testid="group-form-conveners"
          onChange={(event) => setConveners(event.target.value)}
        />
      </Field>
      <fieldset className="group-topics-choice">
        <legend>{t("groups.form.topics")}</legend>
        {cards.length === 0 && <p className="group-muted">{t("groups.form.noTopics")}</p>}
        {cards.map((card) => (
          <div className="group-check" key={card.id}>
            <input
              id={`${id}-topic-${card.id}`}
              type="checkbox"
              checked={topics.has(card.id)}
              onChange={(event) => toggle(card.id, event.target.checked)}
            />
            <label htmlFor={`${id}-topic-${card.id}`}>{labelOf(card)}</label>
          </div>
        ))}
      </fieldset>
      <FormActions onCancel={() => onDone(null)} submitLabel={group ? undefined : t("groups.form.create")} />
    </form>
  );
}
