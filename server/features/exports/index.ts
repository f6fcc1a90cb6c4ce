export { exportRoutes } from "./exportRoutes";
export { importRoute } from "./importRoute";
export { myDataRoute } from "./myDataRoute";
