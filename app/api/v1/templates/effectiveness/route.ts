import { reportRoute } from "@/app/_server/api";
import { templatesReport } from "@/services/reports/templates";

export const GET = reportRoute(templatesReport);
