import react from "@vitejs/plugin-react";
import { defineConfig, type UserConfig } from "vite";

const server = "http://localhost:3000";

/**
 * The client lives in client/ and builds into dist/, which the server serves. The entry is small; it
 * loads React, the features' rule book and the app (boot.tsx) as three chunks, one task each (see
 * main.tsx); each page is a chunk of its own, named in its HTML by the server
 * (HTTP-5); dialogs, editors, moderator tools and English are chunks loaded when needed
 * (client/core/lazyPart.ts, client/i18n/loadMessages.ts). No further vendor chunks: they would cost
 * about 1 KB gzip and three requests on every first visit.
 */
const clientBuild: UserConfig = {
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
};

/**
 * `vite build --ssr server/index.ts`: the server and the shared code it imports as one ES module,
 * dist-server/index.js, which `npm start` runs with plain node, so no TypeScript is compiled at start
 * (tsx took seconds for ~300 files, LOAD-1). Packages stay imports from node_modules (Vite's default
 * for SSR builds; better-sqlite3 is native). The source map lets `node --enable-source-maps` name the
 * .ts files in stack traces.
 */
const serverBuild: UserConfig = {
  publicDir: false,
  build: {
    outDir: "dist-server",
    emptyOutDir: true,
    sourcemap: true,
    target: "node20",
    rolldownOptions: {
      // Functions and classes keep their names where the bundle renames clashing ones, as under tsx.
      // Chunks: what server/index.ts and openStore.ts load only when Redis, SMTP or PostgreSQL is set.
      output: { keepNames: true, chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
};

export default defineConfig(({ isSsrBuild }) => (isSsrBuild ? serverBuild : clientBuild));
