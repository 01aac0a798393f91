/**
 * A test double of `@raycast/api` (jest maps the package here; TypeScript still sees the real
 * types, and conformance.ts checks every export below against them).
 *
 * Components render into the DOM as `raycast-*` custom elements whose attributes are the props
 * Raycast would receive (title, subtitle, tooltip, icon, icon-tint, accessories as JSON, shortcut
 * as "cmd+r"), so tests read the rendered tree with @testing-library/react. Actions and menu items
 * run their handler on click. Side-effecting functions are jest spies over an in-memory world
 * (cache, local storage, clipboard); control.ts resets that world and sets preferences, launch type
 * and search text.
 */
import type * as Api from "@raycast/api";
import { createContext, createElement, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { join } from "node:path";
import { enumFromDeclarations } from "./enums";
import { declaredDefaults, manifest, PROJECT_ROOT } from "./preferences";
import { defined, iconAttribute, json, shortcutAttribute, textAndTooltip, tintAttribute } from "./serialise";
import { cacheNamespace, state, supportPath } from "./state";

// ---------------------------------------------------------------------------------------------
// Spies

/** jest.fn over a typed implementation; keeps every overload of the real signature. */
function spy<F extends (...args: never[]) => unknown>(implementation: F): F & jest.Mock<ReturnType<F>, Parameters<F>> {
  return jest.fn(implementation) as unknown as F & jest.Mock<ReturnType<F>, Parameters<F>>;
}

// ---------------------------------------------------------------------------------------------
// Enums and constants

export const Color = {
  Blue: "raycast-blue",
  Green: "raycast-green",
  Magenta: "raycast-magenta",
  Orange: "raycast-orange",
  Purple: "raycast-purple",
  Red: "raycast-red",
  Yellow: "raycast-yellow",
  PrimaryText: "raycast-primary-text",
  SecondaryText: "raycast-secondary-text",
  // Deprecated dynamic colour; its exact runtime value is not published, only its shape.
  Brown: { light: "#8E5C33", dark: "#A87B4F" } as Api.Color.Dynamic,
} as const satisfies {
  [K in keyof typeof Api.Color]: (typeof Api.Color)[K] extends Api.Color.Dynamic
    ? Api.Color.Dynamic
    : `${(typeof Api.Color)[K] & string}`;
} as unknown as typeof Api.Color;

export const Icon = enumFromDeclarations("Icon") as unknown as typeof Api.Icon;

export const LaunchType = {
  UserInitiated: "userInitiated",
  Background: "background",
} as const satisfies {
  [K in keyof typeof Api.LaunchType]: `${(typeof Api.LaunchType)[K]}`;
} as unknown as typeof Api.LaunchType;

export const PopToRootType = {
  Default: "default",
  Immediate: "immediate",
  Suspended: "suspended",
} as const satisfies {
  [K in keyof typeof Api.PopToRootType]: `${(typeof Api.PopToRootType)[K]}`;
} as unknown as typeof Api.PopToRootType;

const ImageMask = {
  Circle: "circle",
  RoundedRectangle: "roundedRectangle",
} as const satisfies { [K in keyof typeof Api.Image.Mask]: `${(typeof Api.Image.Mask)[K]}` };

export const Image = { Mask: ImageMask as unknown as typeof Api.Image.Mask };

const cmd = (key: Api.Keyboard.KeyEquivalent, ...more: Api.Keyboard.KeyModifier[]): Api.Keyboard.Shortcut => ({
  macOS: { modifiers: ["cmd", ...more], key },
  Windows: { modifiers: ["ctrl", ...more], key },
});
const ctrl = (key: Api.Keyboard.KeyEquivalent, ...more: Api.Keyboard.KeyModifier[]): Api.Keyboard.Shortcut => ({
  macOS: { modifiers: ["ctrl", ...more], key },
  Windows: { modifiers: ["ctrl", ...more], key },
});

/** Raycast's documented common shortcuts (macOS ⌘ / Windows Ctrl). */
export const Keyboard = {
  Shortcut: {
    Common: {
      Copy: cmd("c", "shift"),
      CopyDeeplink: cmd("c", "shift"),
      CopyName: cmd(".", "shift"),
      CopyPath: cmd(",", "shift"),
      Save: cmd("s"),
      Duplicate: cmd("d"),
      Edit: cmd("e"),
      MoveDown: cmd("arrowDown", "shift"),
      MoveUp: cmd("arrowUp", "shift"),
      New: cmd("n"),
      Open: cmd("o"),
      OpenWith: cmd("o", "shift"),
      Pin: cmd("p", "shift"),
      Refresh: cmd("r"),
      Remove: ctrl("x"),
      RemoveAll: ctrl("x", "shift"),
      ToggleQuickLook: cmd("y"),
    } satisfies typeof Api.Keyboard.Shortcut.Common,
  },
};

// ---------------------------------------------------------------------------------------------
// Environment, preferences, commands

export const environment: Api.Environment = {
  raycastVersion: "1.104.0",
  ownerOrAuthorName: "test",
  extensionName: manifest.name,
  commandName: manifest.commands[0].name,
  commandMode: "view",
  assetsPath: join(PROJECT_ROOT, "assets"),
  get supportPath() {
    return supportPath();
  },
  isDevelopment: true,
  appearance: "dark",
  textSize: "medium",
  launchType: LaunchType.UserInitiated,
  canAccess: () => true,
  theme: "dark",
};

export function getPreferenceValues<Values extends Api.PreferenceValues = Api.PreferenceValues>(): Values {
  return { ...declaredDefaults(environment.commandName), ...state.preferenceOverrides } as Values;
}

export const openExtensionPreferences = spy(async (): Promise<void> => {});
export const openCommandPreferences = spy(async (): Promise<void> => {});
type LaunchOptions = Parameters<typeof Api.launchCommand>[0];

export const launchCommand = spy(async (options: LaunchOptions): Promise<void> => {
  if (!("name" in options) || !options.name) throw new Error("launchCommand needs a command name");
});
export const updateCommandMetadata = spy(async (metadata: { subtitle?: string | null }): Promise<void> => {
  void metadata;
});
export const open = spy(async (target: string, application?: Api.Application | string): Promise<void> => {
  void target;
  void application;
});
export const showInFinder = spy(async (path: import("node:fs").PathLike): Promise<void> => {
  void path;
});
export const showHUD = spy(
  async (title: string, options?: { clearRootSearch?: boolean; popToRootType?: Api.PopToRootType }): Promise<void> => {
    void title;
    void options;
  },
);
export const closeMainWindow = spy(
  async (options?: { clearRootSearch?: boolean; popToRootType?: Api.PopToRootType }): Promise<void> => {
    void options;
  },
);
export const popToRoot = spy(async (options?: { clearSearchBar?: boolean }): Promise<void> => {
  void options;
});

// ---------------------------------------------------------------------------------------------
// Toast

const ToastStyle = {
  Success: "SUCCESS",
  Failure: "FAILURE",
  Animated: "ANIMATED",
} as const satisfies { [K in keyof typeof Api.Toast.Style]: `${(typeof Api.Toast.Style)[K]}` };

type PublicOf<T> = { [K in keyof T]: T[K] };

export class Toast implements PublicOf<Api.Toast> {
  static Style = ToastStyle as unknown as typeof Api.Toast.Style;
  style: Api.Toast.Style;
  title: string;
  message: string | undefined;
  primaryAction: Api.Toast.ActionOptions | undefined;
  secondaryAction: Api.Toast.ActionOptions | undefined;
  /** Whether the toast is on screen (double-only, for assertions). */
  visible = false;

  constructor(options: Api.Toast.Options) {
    this.style = options.style ?? Toast.Style.Success;
    this.title = options.title;
    this.message = options.message;
    this.primaryAction = options.primaryAction;
    this.secondaryAction = options.secondaryAction;
  }

  async show(): Promise<void> {
    this.visible = true;
  }

  async hide(): Promise<void> {
    this.visible = false;
  }
}

const showToastImplementation: typeof Api.showToast = async (
  optionsOrStyle: Api.Toast.Options | Api.Toast.Style,
  title?: string,
  message?: string,
) => {
  const options =
    typeof optionsOrStyle === "object" ? optionsOrStyle : { style: optionsOrStyle, title: title ?? "", message };
  const toast = new Toast(options);
  await toast.show();
  return toast as unknown as Api.Toast;
};
export const showToast = spy(showToastImplementation);

// ---------------------------------------------------------------------------------------------
// Clipboard, LocalStorage, Cache

function clipboardText(content: string | number | Api.Clipboard.Content): string {
  if (typeof content !== "object") return String(content);
  if ("html" in content) return content.text ?? content.html;
  if ("text" in content) return content.text;
  return String(content.file);
}

export const Clipboard = {
  copy: spy(async (content: string | number | Api.Clipboard.Content, options?: Api.Clipboard.CopyOptions) => {
    void options;
    state.clipboard = clipboardText(content);
  }),
  paste: spy(async (content: string | number | Api.Clipboard.Content) => {
    void content;
  }),
  clear: spy(async () => {
    state.clipboard = undefined;
  }),
  readText: spy(async (options?: { offset?: number }) => {
    void options;
    return state.clipboard;
  }),
  read: spy(async (options?: { offset?: number }): Promise<Api.Clipboard.ReadContent> => {
    void options;
    return { text: state.clipboard ?? "" };
  }),
} satisfies Partial<typeof Api.Clipboard>;

export const LocalStorage = {
  allItems: async <T extends Api.LocalStorage.Values>() => Object.fromEntries(state.localStorage) as T,
  getItem: async <T extends Api.LocalStorage.Value>(key: string) => state.localStorage.get(key) as T | undefined,
  setItem: async (key: string, value: Api.LocalStorage.Value) => {
    state.localStorage.set(key, value);
  },
  removeItem: async (key: string) => {
    state.localStorage.delete(key);
  },
  clear: async () => {
    state.localStorage.clear();
  },
} satisfies Omit<typeof Api.LocalStorage, never>;

const ROOT_NAMESPACE = "";

/**
 * In-memory Cache with Raycast's semantics: namespaces share entries across instances (as the
 * files on disk do), least recently used entries are evicted past `capacity` bytes, subscribers
 * hear every change. Methods are bound: callers pass `cache.subscribe` around.
 */
export class Cache implements PublicOf<Api.Cache> {
  static get STORAGE_DIRECTORY_NAME(): string {
    return "cache";
  }
  static get DEFAULT_CAPACITY(): number {
    return 10 * 1024 * 1024;
  }

  private readonly namespaceKey: string;
  private readonly capacity: number;

  constructor(options?: Api.Cache.Options) {
    this.namespaceKey = options?.namespace ?? ROOT_NAMESPACE;
    this.capacity = options?.capacity ?? Cache.DEFAULT_CAPACITY;
  }

  /** Looked up on each call so resetRaycastDouble() also empties caches held by long-lived modules. */
  private get store() {
    return cacheNamespace(this.namespaceKey);
  }

  get storageDirectory(): string {
    return join(environment.supportPath, Cache.STORAGE_DIRECTORY_NAME, this.namespaceKey);
  }

  get isEmpty(): boolean {
    return this.store.entries.size === 0;
  }

  get = (key: string): string | undefined => {
    const { entries } = this.store;
    const data = entries.get(key);
    if (data !== undefined) {
      entries.delete(key);
      entries.set(key, data);
    }
    return data;
  };

  has = (key: string): boolean => this.store.entries.has(key);

  set = (key: string, data: string): void => {
    const { entries } = this.store;
    entries.delete(key);
    entries.set(key, data);
    this.evictBeyondCapacity();
    this.notify(key, data);
  };

  remove = (key: string): boolean => {
    const removed = this.store.entries.delete(key);
    if (removed) this.notify(key, undefined);
    return removed;
  };

  clear = (options: { notifySubscribers: boolean } = { notifySubscribers: true }): void => {
    this.store.entries.clear();
    if (options.notifySubscribers) this.notify(undefined, undefined);
  };

  subscribe = (subscriber: Api.Cache.Subscriber): Api.Cache.Subscription => {
    const { subscribers } = this.store;
    subscribers.add(subscriber);
    return () => {
      subscribers.delete(subscriber);
    };
  };

  private evictBeyondCapacity(): void {
    const { entries } = this.store;
    let size = [...entries.values()].reduce((sum, data) => sum + Buffer.byteLength(data), 0);
    for (const [key, data] of entries) {
      if (size <= this.capacity) break;
      entries.delete(key);
      size -= Buffer.byteLength(data);
    }
  }

  private notify(key: string | undefined, data: string | undefined): void {
    for (const subscriber of [...this.store.subscribers]) subscriber(key, data);
  }
}

// ---------------------------------------------------------------------------------------------
// Navigation

interface NavigationContextValue {
  push: (component: ReactNode, onPop?: () => void) => void;
  pop: () => void;
}

export const NavigationContext = createContext<NavigationContextValue>({
  push: () => {
    throw new Error(
      "Action.Push outside a navigation root: render the command with renderCommand() from test/raycast.",
    );
  },
  pop: () => {},
});

export function useNavigation(): Api.Navigation {
  return useContext(NavigationContext);
}

// ---------------------------------------------------------------------------------------------
// Rendering

type Attributes = Record<string, string | undefined>;

/** Children are passed as separate arguments (not an array) so React needs no keys for fixed slots. */
function element(tag: string, attributes: Attributes, children: ReactNode[] = [], onClick?: () => void): ReactNode {
  return createElement(`raycast-${tag}`, { ...defined(attributes), ...(onClick ? { onClick } : {}) }, ...children);
}

const bool = (value: boolean | undefined) => (value === undefined ? undefined : String(value));

// ---------------------------------------------------------------------------------------------
// Actions

type ActionKind = "action" | "copy-to-clipboard" | "open-in-browser" | "open" | "push" | "show-in-finder";

function actionElement(
  kind: ActionKind,
  props: { title: string; icon?: Api.Image.ImageLike | null; shortcut?: Api.Keyboard.Shortcut | null },
  extra: Attributes,
  run: () => void,
) {
  return element(
    "action",
    {
      kind,
      title: props.title,
      icon: iconAttribute(props.icon),
      "icon-tint": tintAttribute(props.icon),
      shortcut: shortcutAttribute(props.shortcut),
      ...extra,
    },
    undefined,
    run,
  );
}

function PlainAction(props: Api.Action.Props) {
  return actionElement("action", props, { "action-style": props.style }, () => props.onAction?.());
}

function CopyToClipboard(props: Api.Action.CopyToClipboard.Props) {
  const title = props.title ?? "Copy to Clipboard";
  return actionElement("copy-to-clipboard", { ...props, title }, { content: clipboardText(props.content) }, () => {
    void Clipboard.copy(props.content, { concealed: props.concealed, transient: props.transient }).then(() => {
      props.onCopy?.(props.content);
      return showHUD("Copied to Clipboard");
    });
  });
}

function OpenInBrowser(props: Api.Action.OpenInBrowser.Props) {
  const title = props.title ?? "Open in Browser";
  return actionElement("open-in-browser", { ...props, title }, { url: props.url }, () => {
    void open(props.url).then(() => props.onOpen?.(props.url));
  });
}

function Open(props: Api.Action.Open.Props) {
  const application = typeof props.application === "string" ? props.application : props.application?.name;
  return actionElement("open", props, { target: props.target, application }, () => {
    void open(props.target, props.application).then(() => props.onOpen?.(props.target));
  });
}

function ShowInFinder(props: Api.Action.ShowInFinder.Props) {
  const title = props.title ?? "Show in Finder";
  return actionElement("show-in-finder", { ...props, title }, { path: String(props.path) }, () => {
    void showInFinder(props.path).then(() => props.onShow?.(props.path));
  });
}

function Push(props: Api.Action.Push.Props) {
  const navigation = useNavigation();
  return actionElement("push", props, {}, () => {
    navigation.push(props.target, props.onPop);
    props.onPush?.();
  });
}

export const Action = Object.assign(PlainAction, {
  Style: { Regular: "regular", Destructive: "destructive" } as unknown as typeof Api.Action.Style,
  CopyToClipboard,
  OpenInBrowser,
  Open,
  ShowInFinder,
  Push,
}) satisfies Pick<typeof Api.Action, "CopyToClipboard" | "OpenInBrowser" | "Open" | "ShowInFinder" | "Push">;

function ActionPanelRoot(props: Api.ActionPanel.Props) {
  return element("action-panel", { title: props.title }, [props.children]);
}

function ActionPanelSection(props: Api.ActionPanel.Section.Props) {
  return element("action-panel-section", { title: props.title }, [props.children]);
}

function ActionPanelSubmenu(props: Api.ActionPanel.Submenu.Props) {
  const attributes = {
    title: props.title,
    icon: iconAttribute(props.icon),
    shortcut: shortcutAttribute(props.shortcut),
  };
  return element("action-panel-submenu", attributes, [props.children], () => props.onOpen?.());
}

export const ActionPanel = Object.assign(ActionPanelRoot, {
  Section: ActionPanelSection,
  Submenu: ActionPanelSubmenu,
}) satisfies Pick<typeof Api.ActionPanel, "Section" | "Submenu">;

// ---------------------------------------------------------------------------------------------
// Metadata (shared by Detail and List.Item.Detail, as in Raycast)

function MetadataRoot(props: Api.Detail.Metadata.Props) {
  return element("metadata", {}, [props.children]);
}

function MetadataLabel(props: Api.Detail.Metadata.Label.Props) {
  const text = typeof props.text === "object" && props.text !== null ? props.text : { value: props.text };
  return element("metadata-label", {
    title: props.title,
    text: text.value ?? undefined,
    "text-color": "color" in text ? json(text.color) : undefined,
    icon: iconAttribute(props.icon),
    "icon-tint": tintAttribute(props.icon),
  });
}

function MetadataSeparator() {
  return element("metadata-separator", {});
}

function MetadataLink(props: Api.Detail.Metadata.Link.Props) {
  return element("metadata-link", { title: props.title, target: props.target, text: props.text });
}

function TagListRoot(props: Api.Detail.Metadata.TagList.Props) {
  return element("metadata-tag-list", { title: props.title }, [props.children]);
}

function TagListItem(props: Api.Detail.Metadata.TagList.Item.Props) {
  const attributes = { text: props.text, color: json(props.color), icon: iconAttribute(props.icon) };
  return element("metadata-tag", attributes, undefined, props.onAction ? () => props.onAction?.() : undefined);
}

const Metadata = Object.assign(MetadataRoot, {
  Label: MetadataLabel,
  Separator: MetadataSeparator,
  Link: MetadataLink,
  TagList: Object.assign(TagListRoot, { Item: TagListItem }),
}) satisfies Pick<typeof Api.Detail.Metadata, "Label" | "Separator" | "Link" | "TagList">;

function markdownChild(markdown: string | null | undefined): ReactNode {
  return markdown ? element("markdown", {}, [markdown]) : null;
}

// ---------------------------------------------------------------------------------------------
// Detail

function DetailRoot(props: Api.Detail.Props) {
  const attributes = { "navigation-title": props.navigationTitle, "is-loading": bool(props.isLoading) };
  return element("detail", attributes, [markdownChild(props.markdown), props.metadata, props.actions]);
}

export const Detail = Object.assign(DetailRoot, { Metadata }) satisfies Pick<typeof Api.Detail, "Metadata">;

// ---------------------------------------------------------------------------------------------
// List

interface ListContextValue {
  searchText: string;
  filtering: boolean;
  isShowingDetail: boolean;
}

const ListContext = createContext<ListContextValue>({ searchText: "", filtering: false, isShowingDetail: false });

/** Setters of the mounted lists' search bars; control.typeSearchText() types into them. */
export const searchBars = new Set<(text: string) => void>();

function ListRoot(props: Api.List.Props) {
  const [typed, setTyped] = useState("");
  const onSearchTextChange = useRef(props.onSearchTextChange);
  onSearchTextChange.current = props.onSearchTextChange;
  useEffect(() => {
    const type = (text: string) => {
      setTyped(text);
      onSearchTextChange.current?.(text);
    };
    searchBars.add(type);
    return () => {
      searchBars.delete(type);
    };
  }, []);
  const searchText = props.searchText ?? typed;
  // Raycast filters by title and keywords unless the command handles search text itself.
  const filtering = props.filtering === undefined ? !props.onSearchTextChange : props.filtering !== false;
  const attributes = {
    "navigation-title": props.navigationTitle,
    "is-loading": bool(props.isLoading),
    "is-showing-detail": bool(props.isShowingDetail),
    "search-bar-placeholder": props.searchBarPlaceholder,
    "search-text": searchText || undefined,
  };
  return createElement(
    ListContext.Provider,
    { value: { searchText, filtering, isShowingDetail: props.isShowingDetail ?? false } },
    element("list", attributes, [props.searchBarAccessory, props.children, props.actions]),
  );
}

function matchesSearch(props: Api.List.Item.Props, searchText: string): boolean {
  const needle = searchText.trim().toLowerCase();
  const title = typeof props.title === "string" ? props.title : props.title.value;
  return [title, ...(props.keywords ?? [])].some((text) => text.toLowerCase().includes(needle));
}

function ListItem(props: Api.List.Item.Props) {
  const list = useContext(ListContext);
  if (list.filtering && list.searchText.trim() && !matchesSearch(props, list.searchText)) return null;
  const icon = typeof props.icon === "object" && props.icon !== null && "value" in props.icon ? props.icon : undefined;
  const attributes = {
    id: props.id,
    ...textAndTooltip("title", props.title),
    ...textAndTooltip("subtitle", props.subtitle),
    icon: iconAttribute(props.icon as Api.Image.ImageLike | undefined),
    "icon-tint": tintAttribute(icon ? icon.value : props.icon),
    keywords: json(props.keywords),
    accessories: json(props.accessories),
  };
  return element("list-item", attributes, [list.isShowingDetail ? props.detail : null, props.actions]);
}

function ListItemDetail(props: Api.List.Item.Detail.Props) {
  const attributes = { "is-loading": bool(props.isLoading) };
  return element("list-item-detail", attributes, [markdownChild(props.markdown), props.metadata]);
}

function ListSection(props: Api.List.Section.Props) {
  return element("list-section", { id: props.id, title: props.title, subtitle: props.subtitle }, [props.children]);
}

function ListEmptyView(props: Api.List.EmptyView.Props) {
  const attributes = { title: props.title, description: props.description, icon: iconAttribute(props.icon) };
  return element("list-empty-view", attributes, [props.actions]);
}

function ListDropdown(props: Api.List.Dropdown.Props) {
  const attributes = {
    tooltip: props.tooltip,
    value: props.value ?? props.defaultValue,
    placeholder: props.placeholder,
  };
  return element("list-dropdown", attributes, [props.children]);
}

function ListDropdownItem(props: Api.List.Dropdown.Item.Props) {
  const attributes = { value: props.value, title: props.title, icon: iconAttribute(props.icon) };
  return element("list-dropdown-item", attributes);
}

function ListDropdownSection(props: Api.List.Dropdown.Section.Props) {
  return element("list-dropdown-section", { title: props.title }, [props.children]);
}

export const List = Object.assign(ListRoot, {
  Item: Object.assign(ListItem, { Detail: Object.assign(ListItemDetail, { Metadata }) }),
  Section: ListSection,
  EmptyView: ListEmptyView,
  Dropdown: Object.assign(ListDropdown, { Item: ListDropdownItem, Section: ListDropdownSection }),
}) satisfies Pick<typeof Api.List, "Item" | "Section" | "EmptyView" | "Dropdown">;

// ---------------------------------------------------------------------------------------------
// MenuBarExtra

function MenuBarExtraRoot(props: Api.MenuBarExtra.Props) {
  const attributes = {
    title: props.title,
    tooltip: props.tooltip,
    icon: iconAttribute(props.icon),
    "icon-tint": tintAttribute(props.icon),
    "is-loading": bool(props.isLoading),
  };
  return element("menu-bar", attributes, [props.children]);
}

function MenuBarItem(props: Api.MenuBarExtra.Item.Props) {
  const attributes = {
    title: props.title,
    subtitle: props.subtitle,
    tooltip: props.tooltip,
    icon: iconAttribute(props.icon),
    "icon-tint": tintAttribute(props.icon),
    shortcut: shortcutAttribute(props.shortcut),
    // Raycast greys out an item that has no action.
    disabled: props.onAction ? undefined : "true",
  };
  const alternate = props.alternate ? element("menu-bar-alternate", {}, [props.alternate]) : null;
  const onClick = props.onAction ? () => props.onAction?.({ type: "left-click" }) : undefined;
  return element("menu-bar-item", attributes, [alternate], onClick);
}

function MenuBarSection(props: Api.MenuBarExtra.Section.Props) {
  return element("menu-bar-section", { title: props.title }, [props.children]);
}

function MenuBarSubmenu(props: Api.MenuBarExtra.Submenu.Props) {
  return element("menu-bar-submenu", { title: props.title, icon: iconAttribute(props.icon) }, [props.children]);
}

function MenuBarSeparator() {
  return element("menu-bar-separator", {});
}

export const MenuBarExtra = Object.assign(MenuBarExtraRoot, {
  Item: MenuBarItem,
  Section: MenuBarSection,
  Submenu: MenuBarSubmenu,
  Separator: MenuBarSeparator,
}) satisfies Pick<typeof Api.MenuBarExtra, "Item" | "Section" | "Submenu" | "Separator">;
