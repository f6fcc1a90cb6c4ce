import type { ReactNode } from "react";
import { useT } from "../../i18n/I18nProvider";
import { LanguageSwitch } from "./LanguageSwitch";

/** The strip at the very top of every page: home link, page-specific items, language. */
export function AppBar({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <div className="app-bar">
      <a className="app-name" href="/">
        {t("app.name")}
      </a>
      <div className="app-bar-items">
        {children}
        <LanguageSwitch />
      </div>
    </div>
  );
}
