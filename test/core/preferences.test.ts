import { parsePreferences, PreferencesError, sourceSettings } from "../../src/core/preferences";
import { declaredDefaults } from "../raycast-api-double/preferences";

/** The defaults package.json declares, as Raycast hands them to a fresh install. */
const DEFAULTS = declaredDefaults("menu-bar");

test("valid preferences become numbers and an enum", () => {
  const settings = parsePreferences({ ...DEFAULTS, staleAfterMinutes: " 2.5 " });
  expect(settings).toMatchObject({ staleAfterMinutes: 2.5, bridgePort: 63762, menuBarTitle: "most-pressing" });
  expect(sourceSettings(settings)).toEqual({ useBridge: true, useOAuth: true, useKeychain: false, bridgePort: 63762 });
});

test.each([
  [{ staleAfterMinutes: "0" }, 'Preference “Stale After (minutes)”: expected a positive number of minutes, got "0"'],
  [{ staleAfterMinutes: "10 min" }, '“Stale After (minutes)”: expected a positive number of minutes, got "10 min"'],
  [{ staleAfterMinutes: "" }, 'got ""'],
  [{ bridgePort: "70000" }, 'Preference “Bridge Port”: expected a port number from 1 to 65535, got "70000"'],
  [{ bridgePort: "0" }, "“Bridge Port”: expected a port number from 1 to 65535"],
  [{ bridgePort: "80.5" }, "“Bridge Port”: expected a port number from 1 to 65535"],
  [{ bridgePort: "-1" }, "“Bridge Port”: expected a port number from 1 to 65535"],
  [
    { bridgePort: "6000" },
    'Preference “Bridge Port”: expected a port browsers and fetch will connect to (63762, the default, is one), got "6000"',
  ],
  [{ menuBarTitle: "biggest" }, "“Menu Bar Title”: expected one of most-pressing, five-hour, five-hour-seven-day"],
  [{ useOAuth: undefined }, "“Claude Code OAuth token”"],
])("%o is refused with a message naming the field", (override, message) => {
  expect(() => parsePreferences({ ...DEFAULTS, ...override })).toThrow(PreferencesError);
  expect(() => parsePreferences({ ...DEFAULTS, ...override })).toThrow(message);
});

test("Allowed Extensions: empty by default, ids by commas or spaces, a typo named", () => {
  expect(parsePreferences(DEFAULTS).allowedExtensions).toEqual([]);
  const [a, b] = ["abcdefghijklmnopabcdefghijklmnop", "ponmlkjihgfedcbaponmlkjihgfedcba"];
  expect(parsePreferences({ ...DEFAULTS, allowedExtensions: `${a}, ${b}` }).allowedExtensions).toEqual([a, b]);
  expect(() => parsePreferences({ ...DEFAULTS, allowedExtensions: `${a}, claudemeter` })).toThrow(
    'Preference “Allowed Extensions”: not an extension id (32 letters a–p, as chrome://extensions shows it): claudemeter, got "abcdefghijklmnopabcdefghijklmnop, clau…',
  );
});
