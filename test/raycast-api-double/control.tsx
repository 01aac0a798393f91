/**
 * Test-side controls of the @raycast/api double: reset to a fresh install, set preferences and
 * the launch context, type into the search bar, and the navigation root Action.Push renders into.
 */
import type * as Api from "@raycast/api";
import { act, useCallback, useMemo, useState, type ReactNode } from "react";
import { createElement } from "react";
import {
  Clipboard,
  closeMainWindow,
  environment,
  LaunchType,
  launchCommand,
  NavigationContext,
  open,
  openCommandPreferences,
  openExtensionPreferences,
  popToRoot,
  searchBars,
  showHUD,
  showInFinder,
  showToast,
  updateCommandMetadata,
} from "./index";
import { manifest } from "./preferences";
import { removeSupportPath, state } from "./state";

const spies = [
  Clipboard.copy,
  Clipboard.paste,
  Clipboard.clear,
  Clipboard.readText,
  Clipboard.read,
  closeMainWindow,
  launchCommand,
  open,
  openCommandPreferences,
  openExtensionPreferences,
  popToRoot,
  showHUD,
  showInFinder,
  showToast,
  updateCommandMetadata,
];

export interface Launch {
  commandName: string;
  launchType?: Api.LaunchType;
}

/** Empties cache, storage, clipboard and spies; restores default preferences and a user launch of `commandName`. */
export function resetRaycastDouble(launch: Launch = { commandName: manifest.commands[0].name }): void {
  state.caches.clear();
  state.localStorage.clear();
  state.clipboard = undefined;
  state.preferenceOverrides = {};
  removeSupportPath();
  for (const spy of spies) spy.mockClear();
  setLaunch(launch);
}

/** Which command Raycast is running, and how (its mode comes from package.json). */
export function setLaunch({ commandName, launchType = LaunchType.UserInitiated }: Launch): void {
  const command = manifest.commands.find((c) => c.name === commandName);
  if (!command) throw new Error(`package.json declares no command "${commandName}"`);
  environment.commandName = commandName;
  environment.commandMode = (command as { mode?: Api.Environment["commandMode"] }).mode ?? "view";
  environment.launchType = launchType;
}

/** Rewrites every cached entry, e.g. to simulate what an older version of the extension left behind. */
export function rewriteCache(rewrite: (data: string) => string): void {
  for (const { entries } of state.caches.values()) {
    for (const [key, data] of entries) entries.set(key, rewrite(data));
  }
}

/** Overrides preference values on top of the defaults declared in package.json. */
export function setPreferences(values: Partial<Preferences>): void {
  state.preferenceOverrides = { ...state.preferenceOverrides, ...values };
}

/** Types into every mounted List's search bar (Raycast filters items unless the command handles search itself). */
export function typeSearchText(text: string): void {
  act(() => {
    for (const type of searchBars) type(text);
  });
}

/** Renders the top of the navigation stack, as Raycast does; Action.Push pushes onto it. */
export function NavigationRoot({ children }: { children: ReactNode }) {
  const [stack, setStack] = useState<Array<{ view: ReactNode; onPop?: () => void }>>([]);
  const push = useCallback((view: ReactNode, onPop?: () => void) => setStack((s) => [...s, { view, onPop }]), []);
  const pop = useCallback(
    () =>
      setStack((s) => {
        s.at(-1)?.onPop?.();
        return s.slice(0, -1);
      }),
    [],
  );
  const navigation = useMemo(() => ({ push, pop }), [push, pop]);
  return createElement(NavigationContext.Provider, { value: navigation }, stack.at(-1)?.view ?? children);
}
