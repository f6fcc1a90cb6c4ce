import { AppBar } from "../../core/ui/AppBar";
import { useLinksT } from "./useLinksT";

/** LINK-7: the page of a participant without a link on a links-only board: why it stays closed, and what to do. */
export function LinksOnlyRefused() {
  const t = useLinksT();
  return (
    <>
      <header className="page-header">
        <AppBar />
      </header>
      <main className="page-main narrow" data-testid="links-only-refused">
        <h1>{t("linksOnly.title")}</h1>
        <p role="alert">{t("linksOnly.text")}</p>
        <p className="page-actions">
          <a className="button" href="/">
            {t("common.home")}
          </a>
        </p>
      </main>
    </>
  );
}
