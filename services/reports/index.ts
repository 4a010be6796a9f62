import { firstResponseReport } from "./first-response";
import { templatesReport } from "./templates";
import { reviewsReport } from "./reviews";
import { topicsReport } from "./topics";
import type { ReportDefinition } from "./types";

/**
 * Every report, by the name the CLI and the API use. A report is added by writing its module next
 * to this file and naming it here.
 */
export const REPORTS: Record<string, ReportDefinition<never, unknown>> = {
  [firstResponseReport.name]: firstResponseReport as ReportDefinition<never, unknown>,
  [templatesReport.name]: templatesReport as ReportDefinition<never, unknown>,
  [topicsReport.name]: topicsReport as ReportDefinition<never, unknown>,
  [reviewsReport.name]: reviewsReport as ReportDefinition<never, unknown>,
};

export function findReport(name: string): ReportDefinition<unknown, unknown> | undefined {
  return REPORTS[name] as ReportDefinition<unknown, unknown> | undefined;
}
