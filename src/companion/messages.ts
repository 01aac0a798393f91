/** Names the service worker and the popup share. */
export const POLL_MESSAGE = "poll";
/** chrome.storage.local key: true when the popup saw Arc's palette variables. */
export const ARC_HINT_KEY = "arcHint";
