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
  "staleAfterMinutes": string
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
}

declare namespace Arguments {
  /** Arguments passed to the `menu-bar` command */
  export type MenuBar = {}
  /** Arguments passed to the `usage-windows` command */
  export type UsageWindows = {}
  /** Arguments passed to the `extra-usage` command */
  export type ExtraUsage = {}
}

