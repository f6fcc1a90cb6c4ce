import { useEffect } from "react";
import { AppBar } from "../core/ui/AppBar";
import { LegalFooter } from "../features/privacy";
import { useT } from "../i18n/I18nProvider";

export function NotFoundPage() {
  const t = useT();
  useEffect(() => {
    document.title = `${t("notFound.title")} – ${t("app.name")}`;
  }, [t]);
  return (
    <>
      <header className="page-header">
        <AppBar />
      </header>
      <main className="page-main narrow" data-testid="not-found">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.text")}</p>
        <p>
          <a className="button button-primary" href="/">
            {t("common.home")}
          </a>
        </p>
      </main>
      <LegalFooter />
    </>
  );
}
