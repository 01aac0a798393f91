import { detectBrowser } from "../../src/companion/browser";

const clues = { brands: [] as string[], hasBraveApi: false, arcHint: false };

test.each([
  [{ ...clues, brands: ["Chromium", "Google Chrome", "Not?A_Brand"] }, "chrome"],
  [{ ...clues, brands: ["Chromium", "Not?A_Brand"] }, "chrome"],
  [{ ...clues, brands: ["Chromium", "Microsoft Edge"] }, "edge"],
  [{ ...clues, brands: ["Chromium", "Brave"] }, "brave"],
  [{ ...clues, brands: ["Chromium", "Google Chrome"], hasBraveApi: true }, "brave"],
  [{ ...clues, brands: ["Chromium", "Google Chrome"], arcHint: true }, "arc"],
])("%j → %s", (given, expected) => {
  expect(detectBrowser(given)).toBe(expected);
});
