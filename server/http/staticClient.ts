import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { Router } from "express";
import { languageOfAcceptHeader } from "../../shared/languages";
import { pageAt } from "../../shared/pages";
import { noIndex } from "./noIndex";
import { pageHtmlReader } from "./pagePreloads";

/**
 * The client's own routes (client/App.tsx): the start page, a board and its projector page (PROJ-2),
 * the privacy page (LEGAL-3). Anything else is not a page.
 */
const PAGE = /^\/(b\/[^/]+(\/projector)?\/?|datenschutz\/?|privacy\/?)?$/;

/**
 * Serves the built client. Hashed assets are cached for a year; index.html never, so a new
 * deployment reaches everyone on their next load. The client's routes get index.html (client
 * routing); a board page is kept out of search engines (HTTP-4), the start and privacy pages are
 * not. Any other path, such as a file the build does not have, is a 404, not the app's HTML.
 */
export function staticClient(clientDir: string): Router {
  const router = Router();
  const indexHtml = join(clientDir, "index.html");
  const pageHtml = pageHtmlReader(clientDir);
  router.use(
    "/assets",
    express.static(join(clientDir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: 0 }));
  router.get("/{*splat}", (req, res, next) => {
    if (!PAGE.test(req.path)) return next();
    if (!existsSync(indexHtml)) {
      res.status(503).type("text/plain").send("The client is not built yet: run npm run build.");
      return;
    }
    if (req.path.startsWith("/b/")) noIndex(req, res, () => {});
    res.setHeader("Cache-Control", "no-cache");
    // The first paint speaks the browser's language, as the client will (HTTP-6).
    res.vary("Accept-Language");
    const query = req.url.indexOf("?");
    const page = pageAt(req.path, query < 0 ? "" : req.url.slice(query));
    res.type("html").send(pageHtml(page, languageOfAcceptHeader(req.headers["accept-language"])));
  });
  return router;
}
