import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { LANGUAGES, type Language } from "../shared/languages";
import type { PageName } from "../shared/pages";
import { ProjectorLoading } from "./features/projector/ProjectorPage";
import { I18nProvider } from "./i18n/I18nProvider";
import { loadMessages } from "./i18n/loadMessages";
import { BoardLoading } from "./views/BoardLoading";
import { NotFoundPage } from "./views/NotFoundPage";
import { StartPage } from "./views/StartPage";

/**
 * HTTP-6: what each page shows before its code has run, the same components the page renders first.
 * Rendered at build time (scripts/prerender.mjs) in every language; the server puts it into the HTML
 * it serves (server/http/pagePreloads.ts), so a phone on a slow network paints the page at once, and
 * the client's first render replaces it with the same picture.
 */
const FIRST_PAINTS: Partial<Record<PageName, () => ReactNode>> = {
  start: () => <StartPage />,
  board: () => <BoardLoading status="connecting" pendingCount={0} />,
  projector: () => <ProjectorLoading />,
  notFound: () => <NotFoundPage />,
};

export type FirstPaints = Partial<Record<PageName, Record<Language, string>>>;

export async function renderFirstPaints(): Promise<FirstPaints> {
  const paints: FirstPaints = {};
  for (const [page, paint] of Object.entries(FIRST_PAINTS) as [PageName, () => ReactNode][]) {
    const byLanguage = {} as Record<Language, string>;
    for (const language of LANGUAGES) {
      await loadMessages(language);
      byLanguage[language] = renderToStaticMarkup(<I18nProvider language={language}>{paint()}</I18nProvider>);
    }
    paints[page] = byLanguage;
  }
  return paints;
}
