import { reportRoute } from "@/app/_server/api";
import { otherMethods } from "@/app/_server/http";
import { templatesReport } from "@/services/reports/templates";

export const GET = reportRoute(templatesReport);
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
