import { reportRoute } from "@/app/_server/api";
import { otherMethods } from "@/app/_server/http";
import { topicsReport } from "@/services/reports/topics";

export const GET = reportRoute(topicsReport);
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
