/** Remembers the workspace last looked at, so `/` and the admin pages lead back to it. */
export const LAST_WORKSPACE_COOKIE = "replyscope-workspace";
/** One year, in seconds. */
export const LAST_WORKSPACE_MAX_AGE = 365 * 24 * 3600;
