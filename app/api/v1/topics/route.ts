import { reportRoute } from "@/app/_server/api";
import { topicsReport } from "@/services/reports/topics";

export const GET = reportRoute(topicsReport);
