import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { Router } from "express";
import { languageOfAcceptHeader } from "../../shared/languages";
import { pageAt } from "../../shared/pages";
import { type BoardsToPaint, boardPainter } from "./boardPaint";
import { clientAddress, type TrustsProxy } from "./clientAddress";
import { boardsBaseUrl } from "./newBoard";
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
export function staticClient(clientDir: string, boards?: BoardsToPaint & { trusts: TrustsProxy }): Router {
  const router = Router();
  const indexHtml = join(clientDir, "index.html");
  const pageHtml = pageHtmlReader(clientDir);
  const paintBoard = boards ? boardPainter({ clientDir, ...boards }) : undefined;
  router.use(
    "/assets",
    express.static(join(clientDir, "assets"), { immutable: true, maxAge: "365d", fallthrough: false }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: 0 }));
  router.get("/{*splat}", async (req, res, next) => {
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
    const language = languageOfAcceptHeader(req.headers["accept-language"]);
    // The projector keeps its loading page: how it lays out the board depends on the screen's width.
    const boardPaint =
      paintBoard && boards && page.name === "board"
        ? await paintBoard(
            {
              boardId: page.boardId,
              // Only what the page reads of its address, so that any query renders one of a few paints.
              address: {
                origin: boardsBaseUrl(req, boards.publicUrl),
                pathname: req.path,
                search: page.view ? `?view=${page.view}` : "",
              },
              language,
            },
            clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], boards.trusts),
          )
        : undefined;
    // A painted board names the code of the view it shows, even one its address does not name.
    const shown = boardPaint && page.name === "board" ? { ...page, view: boardPaint.view } : page;
    res.type("html").send(pageHtml(shown, language, boardPaint?.markup));
  });
  return router;
}
