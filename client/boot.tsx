import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App, preloadPageAt } from "./App";
import { appContainer } from "./core/serverPaint";
import { startClientFeatures } from "./features";
import { I18nProvider } from "./i18n/I18nProvider";
import { initialLanguage, type Language } from "./i18n/language";
import { loadMessages } from "./i18n/loadMessages";
import { browserStorage } from "./sync/storage";

// zod, loaded later in the views' chunks, takes its settings from this global when it loads (zod 4's
// core.js). Jitless: it would otherwise probe `new Function`, which the Content-Security-Policy forbids,
// and the browser reports that probe as a violation. A global, so the entry chunk stays free of zod.
(globalThis as { __zod_globalConfig?: object }).__zod_globalConfig = { jitless: true };
startClientFeatures();

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
const element = root;

// German is at hand at once; another language is fetched first (and German used should that fail).
// The page's code too, so the first render shows the page where the served HTML painted it (HTTP-6).
const wanted = initialLanguage(browserStorage(), globalThis.navigator?.language);
const language = loadMessages(wanted).then(
  () => wanted,
  (): Language => "de",
);
Promise.all([language, preloadPageAt(window.location)]).then(([ready]) => start(ready));

function start(language: Language) {
  // A transition: React renders the page in slices, so a phone stays responsive meanwhile; the first
  // paint (HTTP-6) stays on screen until the page is ready.
  const root = createRoot(appContainer(element));
  const app = (
    <StrictMode>
      <I18nProvider language={language}>
        <App />
      </I18nProvider>
    </StrictMode>
  );
  startTransition(() => root.render(app));
}
