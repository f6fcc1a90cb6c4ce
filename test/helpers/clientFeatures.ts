import { startClientFeatures } from "../../client/features";

// As client/main.tsx does before any board starts: the sync engine learns what the features know of their ops.
startClientFeatures();
