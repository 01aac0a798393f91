/**
 * macOS notifications for the Raycast commands, through AppleScript's `display notification`. Title
 * and message travel as script arguments (`argv`), never spliced into the script text, so no window
 * label or account name can break out of the string.
 */
import { runAppleScript } from "@raycast/utils";
import type { Notifier } from "../core/alerts";

const SCRIPT = `on run argv
  display notification (item 2 of argv) with title (item 1 of argv)
end run`;

export const macNotifier: Notifier = {
  notify: async (alert) => {
    await runAppleScript(SCRIPT, [alert.title, alert.message]);
  },
};
