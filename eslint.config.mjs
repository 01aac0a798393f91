import { defineConfig } from "eslint/config";
import raycastConfig from "@raycast/eslint-config";

export default defineConfig([
  {
    ignores: [
      "dist/**",
      "coverage/**",
      "node_modules/**",
      "raycast-env.d.ts",
      "artifacts/**",
      "assets/companion/*.js",
      "assets/bridge/*.js",
      "assets/cli/*.js",
    ],
  },
  ...raycastConfig,
]);
