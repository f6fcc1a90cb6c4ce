import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const server = "http://localhost:3000";

/**
 * The client lives in client/ and builds into dist/, which the server serves. The board page loads
 * one entry chunk; the start page, dialogs, editors, moderator tools and English are chunks of their
 * own, loaded when needed (client/core/lazyPart.ts, client/i18n/loadMessages.ts). Libraries stay in the
 * entry: separate vendor chunks would cost about 1 KB gzip and three requests on every first visit.
 */
export default defineConfig({
  root: "client",
  plugins: [react()],
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    // The server reads which chunks each page needs (server/http/pagePreloads.ts).
    manifest: true,
  },
  server: {
    proxy: {
      "/api": server,
      "/socket.io": { target: server, ws: true },
    },
  },
});
