import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { CreatedBoard } from "../../../shared/api";
import { LIMITS } from "../../../shared/limits";
import { TEMPLATE_NAMES, TEMPLATES, type TemplateName } from "../../../shared/templates";
import { useT } from "../../i18n/I18nProvider";
import { createBoard, storedAdminToken } from "../../sync/createBoard";

export function CreateBoardForm({ onCreated }: { onCreated(board: CreatedBoard, title: string): void }) {
  const t = useT();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [template, setTemplate] = useState<TemplateName>("stammtisch");
  const [fieldErrors, setFieldErrors] = useState<{ title?: string; description?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Asked for only once the instance refused a board without it (OPS-4).
  const [adminToken, setAdminToken] = useState<string | null>(null);
  const adminTokenRef = useRef<HTMLInputElement>(null);
  const askedForToken = adminToken !== null;
  useEffect(() => {
    if (askedForToken) adminTokenRef.current?.focus();
  }, [askedForToken]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: typeof fieldErrors = {};
    if (!title.trim()) errors.title = t("validation.boardTitleRequired");
    else if (title.trim().length > LIMITS.boardTitle)
      errors.title = t("validation.tooLong", { max: LIMITS.boardTitle });
    if (description.trim().length > LIMITS.boardDescription) {
      errors.description = t("validation.tooLong", { max: LIMITS.boardDescription });
    }
    setFieldErrors(errors);
    if (errors.title) return titleRef.current?.focus();
    if (errors.description) return;
    setBusy(true);
    setFailure(null);
    const result = await createBoard(title.trim(), description.trim(), template, adminToken ?? storedAdminToken());
    setBusy(false);
    if (!result.ok && result.code === "forbidden") {
      setFailure(t(adminToken ? "create.adminTokenWrong" : "create.adminTokenNeeded"));
      setAdminToken(adminToken ?? "");
      return adminTokenRef.current?.focus();
    }
    if (!result.ok) return setFailure(t(result.code === "network" ? "create.networkError" : `problem.${result.code}`));
    onCreated(result.board, title.trim());
    setTitle("");
    setDescription("");
  }

  const errorProps = (name: "title" | "description") =>
    fieldErrors[name]
      ? { "aria-invalid": true as const, "aria-describedby": `${id}-${name}-error` }
      : { "aria-invalid": undefined, "aria-describedby": undefined };

  return (
    <form className="create-form" data-testid="create-board-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("create.title")}</label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          value={title}
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
          {...errorProps("title")}
        />
        {fieldErrors.title && (
          <p id={`${id}-title-error`} className="field-error">
            {fieldErrors.title}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("create.description")}</label>
        <textarea
          id={`${id}-description`}
          value={description}
          rows={2}
          onChange={(event) => setDescription(event.target.value)}
          {...errorProps("description")}
        />
        {fieldErrors.description && (
          <p id={`${id}-description-error`} className="field-error">
            {fieldErrors.description}
          </p>
        )}
      </div>
      <fieldset className="templates">
        <legend>{t("create.template")}</legend>
        {TEMPLATE_NAMES.map((name) => (
          <div key={name} className="template-option">
            <input
              type="radio"
              id={`${id}-${name}`}
              name="template"
              value={name}
              checked={template === name}
              aria-describedby={`${id}-${name}-info`}
              onChange={() => setTemplate(name)}
            />
            <label htmlFor={`${id}-${name}`}>{t(`template.${name}.name`)}</label>
            <p id={`${id}-${name}-info`} className="template-info">
              {t(`template.${name}.info`)}
              {TEMPLATES[name].columns.length > 0 &&
                ` ${TEMPLATES[name].columns.map((column) => column.title).join(" · ")}`}
            </p>
          </div>
        ))}
      </fieldset>
      {adminToken !== null && (
        <div className="field">
          <label htmlFor={`${id}-admin-token`}>{t("create.adminToken")}</label>
          <input
            ref={adminTokenRef}
            id={`${id}-admin-token`}
            type="password"
            value={adminToken}
            autoComplete="off"
            data-testid="create-admin-token"
            onChange={(event) => setAdminToken(event.target.value)}
          />
        </div>
      )}
      {failure && (
        <p className="alert" role="alert" data-testid="create-error">
          {failure}
        </p>
      )}
      <button type="submit" className="button button-primary button-large" disabled={busy}>
        {t(busy ? "create.busy" : "create.submit")}
      </button>
    </form>
  );
}
