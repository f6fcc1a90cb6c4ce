import type { DemoBoards } from "./demoBoards";

/**
 * Every view Lighthouse measures (bench/lighthouse.ts), one line each: a new view is one more line.
 * Paths are on the demo boards (bench/demoBoards.ts), opened as a participant would.
 */
export interface LighthouseView {
  name: string;
  path(boards: DemoBoards): string;
}

export const LIGHTHOUSE_VIEWS: LighthouseView[] = [
  { name: "start", path: () => "/" },
  { name: "topics", path: (b) => `/b/${b.topics.boardId}` },
  { name: "meetings", path: (b) => `/b/${b.topics.boardId}?view=meetings` },
  { name: "wall", path: (b) => `/b/${b.wall.boardId}` },
  { name: "projector", path: (b) => `/b/${b.topics.boardId}/projector` },
];
