import { useT } from "../../i18n/I18nProvider";

/** A form's last row: cancel, which keeps nothing, and the submit button ("Speichern" unless named). */
export function FormActions({ onCancel, submitLabel }: { onCancel: () => void; submitLabel?: string }) {
  const t = useT();
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t("common.cancel")}
      </button>
      <button type="submit" className="button button-primary">
        {submitLabel ?? t("common.save")}
      </button>
    </div>
  );
}
