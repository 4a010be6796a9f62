import { reportRoute } from "@/app/_server/api";
import { firstResponseReport } from "@/services/reports/first-response";

export const GET = reportRoute(firstResponseReport);
