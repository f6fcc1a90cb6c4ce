import { startClientFeatures } from "../../client/features";

// As client/boot.tsx does before any board starts: the sync engine learns what the features know of their ops.
startClientFeatures();
