// Built by `npm run build:companion` from src/companion — edit the sources, not this file.
const CLAUDE_ORIGIN = "https://claude.ai";
export {
  CLAUDE_ORIGIN
};
