import { AccessFallback } from "../_components/access-fallback";

/** A workspace or batch that does not exist (or is not the user's), inside the dashboard's frame. */
export default function DashboardNotFound() {
  return <AccessFallback messages="notFound" />;
}
