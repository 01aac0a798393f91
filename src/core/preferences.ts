/**
 * The extension's preferences, validated: Raycast hands text fields over as strings, and a typo in
 * one ("10 min", port "70000") must surface as a clear message naming the field, not as NaN later.
 */
import * as z from "zod";
import { DEFAULT_BRIDGE_PORT, isFetchBlockedPort } from "./bridge-port";
import { ExtensionListError, parseExtensionIds } from "./extension-id";

const MENU_BAR_TITLES = ["most-pressing", "five-hour", "five-hour-seven-day"] as const;
export type MenuBarTitleMode = (typeof MENU_BAR_TITLES)[number];

/** Field titles as the user sees them in Raycast's preferences (package.json). */
const FIELD_TITLES: Readonly<Record<string, string>> = {
  menuBarTitle: "Menu Bar Title",
  staleAfterMinutes: "Stale After (minutes)",
  bridgePort: "Bridge Port",
  useBridge: "Browser companion (bridge)",
  useOAuth: "Claude Code OAuth token",
  useKeychain: "Also read the token from the macOS Keychain",
  alerts: "Alerts",
  allowedExtensions: "Allowed Extensions",
};

const numericText = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/, { message })
    .transform(Number);

const MINUTES_EXPECTED = "expected a positive number of minutes";
const PORT_EXPECTED = "expected a port number from 1 to 65535";

const preferencesSchema = z.object({
  menuBarTitle: z.enum(MENU_BAR_TITLES, { message: `expected one of ${MENU_BAR_TITLES.join(", ")}` }),
  staleAfterMinutes: numericText(MINUTES_EXPECTED).pipe(z.number().positive({ message: MINUTES_EXPECTED })),
  bridgePort: numericText(PORT_EXPECTED)
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 65535, { message: PORT_EXPECTED })
    .refine((n) => !isFetchBlockedPort(n), {
      message: `expected a port browsers and fetch will connect to (${DEFAULT_BRIDGE_PORT}, the default, is one)`,
    }),
  useBridge: z.boolean(),
  useOAuth: z.boolean(),
  useKeychain: z.boolean(),
  alerts: z.boolean(),
  // Optional: a preference added after install may be absent until Raycast next writes them.
  allowedExtensions: z
    .string()
    .optional()
    .default("")
    .transform((text, ctx) => {
      try {
        return parseExtensionIds(text);
      } catch (error) {
        if (!(error instanceof ExtensionListError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message });
        return z.NEVER;
      }
    }),
});

export type Settings = z.output<typeof preferencesSchema>;
export type SourceSettings = Pick<Settings, "useBridge" | "useOAuth" | "useKeychain" | "bridgePort">;

export class PreferencesError extends Error {}

const MAX_SHOWN_VALUE = 40;

/** Validates Raycast's preference values; the error names the field as Raycast shows it and the bad value. */
export function parsePreferences(raw: unknown): Settings {
  const parsed = preferencesSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue.path[0] ?? "");
  const value = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  // A stray paste can be megabytes long; the message only needs enough to recognise it.
  const shown = text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE - 1)}…` : text;
  throw new PreferencesError(`Preference “${FIELD_TITLES[field] ?? field}”: ${issue.message}, got ${shown}`);
}

export function sourceSettings(settings: Settings): SourceSettings {
  const { useBridge, useOAuth, useKeychain, bridgePort } = settings;
  return { useBridge, useOAuth, useKeychain, bridgePort };
}
