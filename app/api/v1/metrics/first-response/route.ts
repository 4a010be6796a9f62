import { reportRoute } from "@/app/_server/api";
import { otherMethods } from "@/app/_server/http";
import { firstResponseReport } from "@/services/reports/first-response";

export const GET = reportRoute(firstResponseReport);
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
