export { memberRoutes } from "./memberRoutes";
