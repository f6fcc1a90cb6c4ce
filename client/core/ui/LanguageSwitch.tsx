import { useId } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { LANGUAGES, type Language } from "../../i18n/language";

const NAMES: Record<Language, string> = { de: "Deutsch", en: "English" };

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t("language.label")}</label>
      <select
        id={id}
        data-testid="language-switch"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {NAMES[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
