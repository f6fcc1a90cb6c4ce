import { useFeatureT } from "../../i18n/useFeatureT";
import { footerDe, footerEn } from "./footerMessages";
import { usePrivacyFacts } from "./privacyFacts";
import "./privacy.css";

/** The path of the generated privacy page (LEGAL-3); the server serves the client there (HTTP-4). */
export const PRIVACY_PAGE_PATH = "/datenschutz";

const WORDS: Record<string, Record<string, string>> = { de: footerDe, en: footerEn };

/**
 * LEGAL-1: every page's small footer: the generated privacy page, and the operator's imprint and
 * privacy notice when the instance names them (IMPRINT_URL, PRIVACY_URL), learnt from this server.
 */
export function LegalFooter() {
  const t = useFeatureT<keyof typeof footerDe>(WORDS, footerDe);
  const facts = usePrivacyFacts();
  return (
    <footer className="legal-footer no-print" data-testid="legal-footer">
      <nav aria-label={t("footer.label")}>
        <ul>
          <li>
            <a href={PRIVACY_PAGE_PATH} data-testid="footer-privacy-page">
              {t("footer.privacyPage")}
            </a>
          </li>
          {facts?.imprintUrl && (
            <li>
              <a href={facts.imprintUrl} rel="noopener" data-testid="footer-imprint">
                {t("footer.imprint")}
              </a>
            </li>
          )}
          {facts?.privacyUrl && (
            <li>
              <a href={facts.privacyUrl} rel="noopener" data-testid="footer-privacy-notice">
                {t("footer.privacyNotice")}
              </a>
            </li>
          )}
        </ul>
      </nav>
    </footer>
  );
}
