import type { SlaContext } from "../conversations/derive";
import { BusinessClock, type BusinessCalendar, type MarketCalendars, type WeeklySchedule } from "../time/business-hours";
import { marketTimeZone } from "../time/markets";

/** A workspace's settings that the clock of its conversations depends on. */
export interface SlaSettings {
  timezone: string;
  targetSeconds: number;
  businessHours: WeeklySchedule;
  holidays: readonly string[];
  marketCalendars: MarketCalendars;
}

/**
 * The SLA context of each conversation of a workspace: the business clock of its market's team
 * (or the workspace's own) and its buyer's zone. Clocks keep the open hours of every day they
 * computed, so one instance serves many chunks.
 */
export class SlaClocks {
  private readonly own: BusinessClock;
  private readonly byMarket = new Map<string, BusinessClock>();

  constructor(readonly settings: SlaSettings) {
    this.own = new BusinessClock(workspaceCalendar(settings));
    for (const [market, calendar] of Object.entries(settings.marketCalendars)) this.byMarket.set(market, new BusinessClock(calendar));
  }

  contextFor(market: string | null): SlaContext {
    return {
      targetSeconds: this.settings.targetSeconds,
      timeZone: this.settings.timezone,
      buyerTimeZone: marketTimeZone(market),
      businessClock: (market && this.byMarket.get(market.toUpperCase())) || this.own,
    };
  }

  /** The calendar that applies to a market's conversations. */
  calendarFor(market: string | null): BusinessCalendar {
    return this.contextFor(market).businessClock.calendar;
  }
}

export function workspaceCalendar(settings: Pick<SlaSettings, "timezone" | "businessHours" | "holidays">): BusinessCalendar {
  return { timezone: settings.timezone, weekly: settings.businessHours, holidays: [...settings.holidays] };
}

const cache = new Map<string, SlaClocks>();
/** Workspaces whose clocks are kept per process. */
const CACHE_SIZE = 32;

/** The clocks for these settings, reused while the settings stay the same. */
export function slaClocks(settings: SlaSettings): SlaClocks {
  const key = JSON.stringify(settings);
  let clocks = cache.get(key);
  if (!clocks) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, (clocks = new SlaClocks(settings)));
  }
  return clocks;
}
