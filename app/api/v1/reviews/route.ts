import { reportRoute } from "@/app/_server/api";
import { otherMethods } from "@/app/_server/http";
import { reviewsReport } from "@/services/reports/reviews";

export const GET = reportRoute(reviewsReport);
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
