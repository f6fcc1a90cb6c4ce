/**
 * Runs on the sources as JavaScript (scripts/depcheck.mjs explains why), so file names end in .js here.
 * Imports run one way on each side: core -> features -> app (docs/ARCHITECTURE.md, "Modules").
 * `npm run depcheck` runs this; `npm test` runs depcheck.
 */

/** Shared modules that know no feature: the record model and the fields every feature's ops use. */
const SHARED_CORE =
  "^shared/(core/|(fields|limits|text|errors|ids|ordering|fileName|model|permissions|changes|boardState)\\.js$)";
/** The shared aggregates, made from the list of features. */
const SHARED_AGGREGATES = "^shared/(ops|applyOp|recordTypes|features/index)\\.js$";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "An import cycle: two modules that need each other are one concept, or one of them is in the wrong layer.",
      from: {},
      to: { circular: true },
    },
    {
      name: "shared-core-knows-no-feature",
      severity: "error",
      comment: "shared/core and the shared fields know no feature; features build on them.",
      from: { path: SHARED_CORE },
      to: { path: "^shared/(features/|ops\\.js$|applyOp\\.js$|recordTypes\\.js$)" },
    },
    {
      name: "shared-feature-no-back-import",
      severity: "error",
      comment: "A shared feature never imports the aggregates made from the list of features (they import it).",
      from: { path: "^shared/features/[^/]+/" },
      to: { path: SHARED_AGGREGATES },
    },
    {
      name: "shared-feature-only-through-its-index",
      severity: "error",
      comment: "A shared feature reads another feature through its index.ts only.",
      from: { path: "^shared/features/([^/]+)/" },
      to: { path: "^shared/features/[^/]+/", pathNot: "^shared/features/($1/|[^/]+/index\\.js$)" },
    },
    {
      name: "client-core-knows-no-feature",
      severity: "error",
      comment: "client/sync, client/core and client/i18n are the client's core: they know no feature and no page.",
      from: { path: "^client/(sync|core|i18n)/" },
      to: { path: "^client/(features|views)/|^client/(App|main)\\.js$" },
    },
    {
      name: "client-feature-never-imports-the-app",
      severity: "error",
      comment: "A slice never imports the pages that compose it (the board page is the app).",
      from: { path: "^client/features/" },
      to: { path: "^client/views/|^client/(App|main)\\.js$" },
    },
    {
      name: "client-feature-no-back-import",
      severity: "error",
      comment: "A client feature never imports the client's list of features (client/features/index.ts imports it).",
      from: { path: "^client/features/[^/]+/" },
      to: { path: "^client/features/index\\.js$" },
    },
    {
      name: "client-feature-only-through-its-index",
      severity: "error",
      comment: "A client feature uses another feature through its index.ts only.",
      from: { path: "^client/features/([^/]+)/" },
      to: { path: "^client/features/[^/]+/", pathNot: "^client/features/($1/|[^/]+/index\\.js$)" },
    },
    {
      name: "server-core-knows-no-server-feature",
      severity: "error",
      from: { path: "^server/(core|store|ops)/" },
      to: { path: "^server/features/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist)/" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
