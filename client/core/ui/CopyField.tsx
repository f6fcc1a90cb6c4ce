import { useId } from "react";
import { useT } from "../../i18n/I18nProvider";
import { useCopy } from "./useCopy";

interface Props {
  label: string;
  copyLabel: string;
  value: string;
  testId: string;
}

/** A link to hand out: readable, selectable, and copyable with one button. */
export function CopyField({ label, copyLabel, value, testId }: Props) {
  const t = useT();
  const id = useId();
  const { copied, copy } = useCopy();
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} type="url" readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" aria-label={copyLabel} onClick={() => void copy(value)}>
          {t("copy.button")}
        </button>
      </div>
      <output className="copy-done" aria-live="polite">
        {copied ? t("copy.done") : ""}
      </output>
    </div>
  );
}
