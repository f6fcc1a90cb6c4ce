export { clockRoute, type ServerTime } from "./clockRoute";
