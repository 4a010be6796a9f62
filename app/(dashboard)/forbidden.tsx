import { AccessFallback } from "../_components/access-fallback";

/**
 * A member whose role does not allow this page or action (forbidden() in app/_server/auth.ts),
 * answered with 403 inside the dashboard's frame. Only dashboard pages call forbidden(), so there
 * is no root-level one.
 */
export default function DashboardForbidden() {
  return <AccessFallback messages="forbidden" />;
}
