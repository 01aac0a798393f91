/** The extension's preferences, validated once per launch (see src/core/preferences.ts). */
import { getPreferenceValues } from "@raycast/api";
import { parsePreferences, PreferencesError, type Settings } from "../core/preferences";

export type SettingsResult = { settings: Settings; problem: null } | { settings: null; problem: string };

export function readSettings(): SettingsResult {
  try {
    return { settings: parsePreferences(getPreferenceValues<Preferences>()), problem: null };
  } catch (error) {
    if (error instanceof PreferencesError) return { settings: null, problem: error.message };
    throw error;
  }
}
