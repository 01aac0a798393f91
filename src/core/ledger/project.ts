/** Project names and paths: a folder under `projects/` is the project's path with `/` turned into `-`. */

/**
 * `-Users-ada-src-web` → `/Users/ada/src/web`. Lossy (a `-` in a real folder name reads as `/`), so it
 * is only the fallback for lines without a `cwd`.
 */
export function decodeProjectFolder(folder: string): string {
  return folder.replace(/-/g, "/");
}

/** The last path part, as the user names the project: `/Users/ada/src/api-server` → `api-server`. */
export function projectName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}
