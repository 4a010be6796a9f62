import { reportRoute } from "@/app/_server/api";
import { reviewsReport } from "@/services/reports/reviews";

export const GET = reportRoute(reviewsReport);
