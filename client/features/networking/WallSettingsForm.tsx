import { type FormEvent, useEffect, useRef, useState } from "react";
import { WallSettingsUpdateOp } from "../../../shared/features/networking/ops";
import { checkOp, errorTexts } from "../../core/checkOp";
import { Field } from "../../core/ui/Field";
import { FormActions } from "../../core/ui/FormActions";
import { WALL_OP_ERRORS, type WallFieldErrors } from "./opErrors";
import type { WallContext } from "./wallContext";

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** NET-UI-6: the moderators edit the wall's lists, one entry per line, based on the version shown. */
export function WallSettingsForm({ ctx, onDone }: { ctx: WallContext; onDone(): void }) {
  const { t, settings } = ctx;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [baseVersion] = useState(settings?.version ?? 0);
  const [fieldsOfWork, setFieldsOfWork] = useState((settings?.fieldsOfWork ?? []).join("\n"));
  const [regions, setRegions] = useState((settings?.regions ?? []).join("\n"));
  const [topics, setTopics] = useState((settings?.topics ?? []).join("\n"));
  const [errors, setErrors] = useState<WallFieldErrors>({});
  const errorText = errorTexts(errors, t);

  useEffect(() => ref.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkOp(
      WallSettingsUpdateOp,
      {
        type: "wallSettings.update",
        fieldsOfWork: lines(fieldsOfWork),
        regions: lines(regions),
        topics: lines(topics),
        baseVersion,
      },
      WALL_OP_ERRORS,
    );
    if (checked.errors) return setErrors(checked.errors);
    ctx.actions.submit(checked.op);
    onDone();
  }

  return (
    <form
      className="wall-form"
      aria-label={t("wall.settings.label")}
      data-testid="wall-settings-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone();
      }}
      noValidate
    >
      <Field label={t("wall.settings.fieldsOfWork")} error={errorText.fieldsOfWork}>
        <textarea ref={ref} rows={6} value={fieldsOfWork} onChange={(event) => setFieldsOfWork(event.target.value)} />
      </Field>
      <Field label={t("wall.settings.regions")} error={errorText.regions}>
        <textarea rows={5} value={regions} onChange={(event) => setRegions(event.target.value)} />
      </Field>
      <Field label={t("wall.settings.topics")} error={errorText.topics}>
        <textarea rows={4} value={topics} onChange={(event) => setTopics(event.target.value)} />
      </Field>
      <FormActions onCancel={onDone} />
    </form>
  );
}
