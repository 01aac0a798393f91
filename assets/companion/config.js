// Built from src/companion by `npm run build:companion` — edit the sources, not this file.
const CLAUDE_ORIGIN = "https://claude.ai";
const BRIDGE_URL = "http://127.0.0.1:63762/snapshots";
export {
  BRIDGE_URL,
  CLAUDE_ORIGIN
};
