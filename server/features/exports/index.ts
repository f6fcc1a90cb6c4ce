export { exportRoutes } from "./exportRoutes";
export { importRoute } from "./importRoute";
