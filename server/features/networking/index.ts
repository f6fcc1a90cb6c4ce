export { claimRoute } from "./claimRoute";
export { vcardRoutes } from "./vcardRoutes";
