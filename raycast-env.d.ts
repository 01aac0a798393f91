/// <reference types="@raycast/api">

/* 🚧 🚧 🚧
 * This file is auto-generated from the extension's manifest.
 * Do not modify manually. Instead, update the `package.json` file.
 * 🚧 🚧 🚧 */

/* eslint-disable @typescript-eslint/ban-types */

type ExtensionPreferences = {
  /** Menu Bar Title - Which number the menu bar shows. */
  "menuBarTitle": "most-pressing" | "five-hour" | "five-hour-seven-day",
  /** Stale After (minutes) - Data older than this is marked stale. */
  "staleAfterMinutes": string,
  /** Sources - Read snapshots the companion browser extension posts to the local bridge. */
  "useBridge": boolean,
  /**  - Read Claude Code’s OAuth token (read-only) from ~/.claude/.credentials.json and ask api.anthropic.com. */
  "useOAuth": boolean,
  /**  - Reading Claude Code’s Keychain item makes macOS ask for permission. “Connect Claude Code” in the menu bar turns the same read on with one click and remembers it. */
  "useKeychain": boolean,
  /** Bridge Port - Loopback port of the bridge (default 63762). Set the same port in the browser companion's popup (Bridge port), or it cannot deliver. */
  "bridgePort": string,
  /** Allowed Extensions - Browser extension ids the bridge also answers, besides this extension's companion (e.g. the original ClaudeMeter companion): its id from chrome://extensions, several separated by commas. Run Start Bridge again after a change. */
  "allowedExtensions": string,
  /** Alerts - A notification once per threshold per window per reset cycle. */
  "alerts": boolean
}

/** Preferences accessible in all the extension's commands */
declare type Preferences = ExtensionPreferences

declare namespace Preferences {
  /** Preferences accessible in the `menu-bar` command */
  export type MenuBar = ExtensionPreferences & {}
  /** Preferences accessible in the `usage-windows` command */
  export type UsageWindows = ExtensionPreferences & {}
  /** Preferences accessible in the `extra-usage` command */
  export type ExtraUsage = ExtensionPreferences & {}
  /** Preferences accessible in the `install-companion` command */
  export type InstallCompanion = ExtensionPreferences & {}
  /** Preferences accessible in the `start-bridge` command */
  export type StartBridge = ExtensionPreferences & {}
  /** Preferences accessible in the `stop-bridge` command */
  export type StopBridge = ExtensionPreferences & {}
}

declare namespace Arguments {
  /** Arguments passed to the `menu-bar` command */
  export type MenuBar = {}
  /** Arguments passed to the `usage-windows` command */
  export type UsageWindows = {}
  /** Arguments passed to the `extra-usage` command */
  export type ExtraUsage = {}
  /** Arguments passed to the `install-companion` command */
  export type InstallCompanion = {}
  /** Arguments passed to the `start-bridge` command */
  export type StartBridge = {}
  /** Arguments passed to the `stop-bridge` command */
  export type StopBridge = {}
}

