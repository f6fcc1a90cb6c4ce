import { useEffect } from "react";
import type { StoredData } from "../../../shared/privacyFacts";
import { AppBar } from "../../core/ui/AppBar";
import { LegalFooter } from "./LegalFooter";
import { usePrivacyFacts } from "./privacyFacts";
import { type PrivacyTranslate, usePrivacyT } from "./usePrivacyT";

function StoredItem({ entry, t }: { entry: StoredData; t: PrivacyTranslate }) {
  return (
    <>
      <dt>{t(`privacy.purpose.${entry.purpose}`)}</dt>
      <dd>
        {t("page.holds", { data: entry.holds.map((datum) => t(`privacy.datum.${datum}`)).join(", ") })}{" "}
        {t(`page.writtenBy.${entry.writtenBy}`)}{" "}
        {t("page.readBy", { readers: entry.readBy.map((audience) => t(`privacy.readBy.${audience}`)).join("; ") })}
        {entry.narrowed && ` ${t("page.narrowed")}`}
      </dd>
    </>
  );
}

/**
 * LEGAL-3: the privacy page, made from what this server says it stores (every record type's
 * declaration) and how it is set up (board expiry, mail), in German and English.
 */
export function PrivacyPage() {
  const t = usePrivacyT();
  const facts = usePrivacyFacts();
  useEffect(() => {
    document.title = `${t("page.title")} – ${t("app.name")}`;
  }, [t]);
  return (
    <>
      <header className="page-header">
        <AppBar />
      </header>
      <main className="page-main narrow privacy-page" data-testid="privacy-page">
        <h1>{t("page.title")}</h1>
        <p>{t("page.intro")}</p>
        {facts === undefined && <p>{t("page.loading")}</p>}
        {facts === null && <p role="alert">{t("page.failed")}</p>}
        {facts && (
          <>
            {(facts.privacyUrl || facts.imprintUrl) && (
              <ul>
                {facts.privacyUrl && (
                  <li>
                    <a href={facts.privacyUrl} rel="noopener">
                      {t("page.operatorNotice")}
                    </a>
                  </li>
                )}
                {facts.imprintUrl && (
                  <li>
                    <a href={facts.imprintUrl} rel="noopener">
                      {t("page.imprint")}
                    </a>
                  </li>
                )}
              </ul>
            )}
            <section aria-labelledby="privacy-stored">
              <h2 id="privacy-stored">{t("page.stored")}</h2>
              <p>{t("page.noAccount")}</p>
              <dl data-testid="privacy-stored">
                {facts.stored.map((entry) => (
                  <StoredItem key={`${entry.purpose}:${entry.writtenBy}`} entry={entry} t={t} />
                ))}
              </dl>
            </section>
            <section aria-labelledby="privacy-retention">
              <h2 id="privacy-retention">{t("page.retention")}</h2>
              <p data-testid="privacy-retention">
                {facts.boardExpiryDays === null
                  ? t("page.retention.manual")
                  : t("page.retention.days", { days: facts.boardExpiryDays })}
              </p>
              <p>{t("page.ownData")}</p>
              <p>{t("page.backups")}</p>
            </section>
            <section aria-labelledby="privacy-mail">
              <h2 id="privacy-mail">{t("page.mail")}</h2>
              <p data-testid="privacy-mail">{t(facts.mail ? "page.mail.on" : "page.mail.off")}</p>
            </section>
            <section aria-labelledby="privacy-logs">
              <h2 id="privacy-logs">{t("page.logs")}</h2>
              <p>{t("page.logs.text")}</p>
            </section>
            <section aria-labelledby="privacy-browser">
              <h2 id="privacy-browser">{t("page.browser")}</h2>
              <p>{t("page.browser.text")}</p>
            </section>
            <section aria-labelledby="privacy-third">
              <h2 id="privacy-third">{t("page.thirdParties")}</h2>
              <p>{t("page.thirdParties.text")}</p>
            </section>
          </>
        )}
        <p>
          <a className="button" href="/">
            {t("page.back")}
          </a>
        </p>
      </main>
      <LegalFooter />
    </>
  );
}
