import type { MarketCalendars, WeeklySchedule } from "../../lib/time/business-hours";
import type { SlaSettings } from "../../lib/sla/settings";
import type { Sql } from "../client";

/** The settings the clock of a workspace's conversations depends on. */
export async function getSlaSettings(db: Sql, workspaceId: string): Promise<SlaSettings> {
  const [row] = await db.query<{
    timezone: string;
    target: number;
    business_hours: WeeklySchedule;
    holidays: string[];
    market_calendars: MarketCalendars;
  }>(
    `SELECT timezone, sla_target_seconds AS target, business_hours, holidays, market_calendars FROM workspaces WHERE id = $1`,
    [workspaceId],
  );
  if (!row) throw new Error(`workspace ${workspaceId} not found`);
  return {
    timezone: row.timezone,
    targetSeconds: row.target,
    businessHours: parseJson(row.business_hours),
    holidays: parseJson(row.holidays),
    marketCalendars: parseJson(row.market_calendars),
  };
}

export interface SlaSettingsUpdate {
  targetSeconds: number;
  businessHours: WeeklySchedule;
  holidays: string[];
  marketCalendars: MarketCalendars;
  webhookUrl: string | null;
  alertBreachRate: number;
  alertLeadSeconds: number;
}

/** Saves the settings; says whether anything the derived fields depend on changed. */
export async function updateSlaSettings(db: Sql, workspaceId: string, update: SlaSettingsUpdate): Promise<{ clockChanged: boolean }> {
  const before = await getSlaSettings(db, workspaceId);
  await db.query(
    `UPDATE workspaces SET sla_target_seconds = $2, business_hours = $3::text::jsonb, holidays = $4::text::jsonb,
       market_calendars = $5::text::jsonb, webhook_url = $6, alert_breach_rate = $7, alert_lead_seconds = $8, updated_at = now()
     WHERE id = $1`,
    [
      workspaceId,
      update.targetSeconds,
      JSON.stringify(update.businessHours),
      JSON.stringify(update.holidays),
      JSON.stringify(update.marketCalendars),
      update.webhookUrl,
      update.alertBreachRate,
      update.alertLeadSeconds,
    ],
  );
  const after = await getSlaSettings(db, workspaceId);
  return { clockChanged: JSON.stringify(before) !== JSON.stringify(after) };
}

/** PGlite hands jsonb back parsed, postgres.js too; a string means a driver that did not. */
function parseJson<T>(value: T | string): T {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}
