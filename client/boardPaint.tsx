import { prerender } from "react-dom/static";
import type { BoardPaintRequest } from "../shared/boardPaint";
import { type BoardState, stateFromSnapshot } from "../shared/boardState";
import { ServerPaintContext } from "./core/serverPaint";
import { startClientFeatures } from "./features";
import { I18nProvider } from "./i18n/I18nProvider";
import { loadMessages } from "./i18n/loadMessages";
import { BoardPage } from "./views/BoardPage";
import { loadBoardViews } from "./views/viewParts";

const TEST_IDS = / data-testid="[^"]*"/g;

/**
 * HTTP-7: a board's first paint with its content, rendered by the server per request from the board
 * as a visitor without keys sees it: the same components the page renders once its code has run.
 */
export async function renderBoardPaint(request: BoardPaintRequest): Promise<string> {
  startClientFeatures();
  await Promise.all([loadMessages(request.language), loadBoardViews()]);
  const board: BoardState = stateFromSnapshot({ records: [...request.records] });
  const { prelude } = await prerender(
    <ServerPaintContext.Provider value={{ address: request.address, board, revision: request.revision }}>
      <I18nProvider language={request.language}>
        <BoardPage boardId={request.boardId} />
      </I18nProvider>
    </ServerPaintContext.Provider>,
  );
  // Test ids mark the live page; a test that waits for one waits for the page its code runs. React
  // escapes quotes in attribute values and text, so only real attributes match.
  return (await new Response(prelude).text()).replace(TEST_IDS, "");
}
