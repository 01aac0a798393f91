// Built from src/companion by `npm run build:companion`: edit the sources, not this file.
const CLAUDE_ORIGIN = "https://claude.ai";
export {
  CLAUDE_ORIGIN
};
