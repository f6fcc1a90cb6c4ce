import { useT } from "../../i18n/I18nProvider";

/** Shows text that could not be saved, selectable for copying, so a refused change loses nothing. */
export function SubmittedText({ text }: { text: string }) {
  const t = useT();
  if (!text) return null;
  return (
    <div className="submitted-text">
      <p>{t("problem.yourText")}</p>
      <pre data-testid="submitted-text">{text}</pre>
    </div>
  );
}
