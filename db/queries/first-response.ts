import { frtBucket, PERCENTILES } from "../../lib/metrics/frt";
import { planRange, type DayRange } from "../../lib/sla/range";
import { addDays } from "../../lib/time/weeks";
import {
  accumulate,
  accumulateHours,
  addTotals,
  type Dimension,
  dimensionKey,
  emptyTotals,
  type GroupAccumulator,
  type GroupTotals,
  type Hours,
  type HourTotals,
  planPercentiles,
  resolvePercentile,
  type SlaFact,
  unpackPairs,
} from "../../lib/sla/rollup";
import type { Sql } from "../client";
import { SLA_FACT_SELECT } from "./sla-rollups";

/**
 * First response figures for any range of days (../shared/spec/metrics.md): whole, clean ISO weeks
 * come from the weekly rollups; partial weeks and weeks whose facts changed since their rollup was
 * built come from conversation_facts, summed by the same code (lib/sla/rollup.ts). Percentiles are
 * exact: bucket counts say which bucket holds each needed rank, and only that bucket's values are
 * read. Runs on PostgreSQL 15 and PGlite.
 */
export interface SlaScope {
  workspaceId: string;
  timeZone: string;
  /** Inclusive local dates, `YYYY-MM-DD`, in the workspace's zone. */
  from: string;
  to: string;
  hours: Hours;
  targetSeconds: number;
  /** An unanswered conversation breaches once its deadline is before `now`. */
  now: Date;
}

export type GroupBy = Dimension | "week";

export interface FirstResponseGroup {
  /** The week's Monday for `week`; the agent's row id, channel or market; "" for none or unknown. */
  key: string;
  totals: GroupTotals;
  /** Answered too late, or unanswered past the deadline as of `now`. */
  breaches: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
}

export interface HeatmapCell {
  zone: "team" | "buyer";
  /** 0 = Monday 00:00-01:00 ... 167 = Sunday 23:00-24:00. */
  hour: number;
  conversations: number;
  breaches: number;
}

interface RollupRow {
  week: string;
  key: string;
  conversations: number;
  answered: number;
  unanswered: number;
  breached_answered: number;
  converted: number;
  messages: number;
  resolution_sum: number;
  resolved: number;
  buckets: Uint8Array;
  bands: Uint8Array;
}
const DAY_RANGES = (param: number, zone: number) => `
  JOIN json_to_recordset($${param}::text::json) AS r("from" date, "to" date)
    ON f.first_buyer_at >= (r."from"::timestamp AT TIME ZONE $${zone}::text)
   AND f.first_buyer_at < (r."to"::timestamp AT TIME ZONE $${zone}::text)`;

/** One range of days of one workspace, read once and grouped as each figure needs. */
export class SlaRange {
  private constructor(
    private readonly db: Sql,
    readonly scope: SlaScope,
    /** Whole weeks whose rollups are current. */
    readonly cleanWeeks: string[],
    /** Days read from conversation_facts: partial weeks and weeks with pending changes. */
    readonly rawRanges: DayRange[],
    private readonly rawFacts: SlaFact[],
    /** Unanswered conversations in the range whose deadline has not passed yet. */
    private readonly pending: SlaFact[],
  ) {}

  static async open(db: Sql, scope: SlaScope): Promise<SlaRange> {
    const plan = planRange(scope.from, scope.to);
    const dirty = new Set(
      plan.wholeWeeks.length === 0
        ? []
        : (
            await db.query<{ week: string }>(
              `SELECT DISTINCT to_char(week_start, 'YYYY-MM-DD') AS week FROM sla_dirty_weeks
               WHERE workspace_id = $1 AND week_start BETWEEN $2::date AND $3::date`,
              [scope.workspaceId, plan.wholeWeeks[0], plan.wholeWeeks.at(-1)],
            )
          ).map((r) => r.week),
    );
    const cleanWeeks = plan.wholeWeeks.filter((w) => !dirty.has(w));
    const rawRanges = [
      ...plan.partial,
      ...plan.wholeWeeks.filter((w) => dirty.has(w)).map((w) => ({ from: w, to: addDays(w, 7) })),
    ];
    const deadline = scope.hours === "calendar" ? "f.breach_at" : "f.business_breach_at";
    const [rawFacts, pending] = await Promise.all([
      rawRanges.length === 0
        ? Promise.resolve([])
        : db.query<SlaFact>(
            `SELECT ${SLA_FACT_SELECT} FROM conversation_facts f ${DAY_RANGES(2, 3)}
             WHERE f.workspace_id = $1 AND f.week_start IS NOT NULL`,
            [scope.workspaceId, JSON.stringify(rawRanges), scope.timeZone],
          ),
      db.query<SlaFact>(
        `SELECT ${SLA_FACT_SELECT} FROM conversation_facts f
         WHERE f.workspace_id = $1 AND f.unanswered AND (${deadline} >= $2::timestamptz OR ${deadline} IS NULL)
           AND f.first_buyer_at >= ($3::date::timestamp AT TIME ZONE $5::text)
           AND f.first_buyer_at < (($4::date + 1)::timestamp AT TIME ZONE $5::text)`,
        [scope.workspaceId, scope.now.toISOString(), scope.from, scope.to, scope.timeZone],
      ),
    ]);
    return new SlaRange(db, scope, cleanWeeks, rawRanges, rawFacts, pending);
  }

  /** Figures per group (or one group with key "" for `none`), with exact percentiles. */
  async groups(groupBy: GroupBy): Promise<FirstResponseGroup[]> {
    return (await this.groupsBy([groupBy]))[groupBy];
  }

  /**
   * Several groupings at once, in two round trips whatever their number: one read of the rollups
   * of every dimension asked for, one read of the values of the buckets the percentiles need.
   */
  async groupsBy<G extends GroupBy>(groupBys: readonly G[]): Promise<Record<G, FirstResponseGroup[]>> {
    const { scope } = this;
    const dimOf = (g: GroupBy): Dimension => (g === "week" ? "none" : g);
    const dims = [...new Set(groupBys.map(dimOf))];
    const rollups =
      this.cleanWeeks.length === 0
        ? []
        : await this.db.query<RollupRow & { dim: Dimension }>(
            `SELECT dim, to_char(week_start, 'YYYY-MM-DD') AS week, key, conversations, answered, unanswered, breached_answered,
                    converted, messages, resolution_sum, resolved, buckets, bands
             FROM sla_week_rollups
             WHERE workspace_id = $1 AND hours = $2
               AND dim = ANY(ARRAY(SELECT json_array_elements_text($3::text::json)))
               AND week_start = ANY(ARRAY(SELECT value::date FROM json_array_elements_text($4::text::json)))`,
            [scope.workspaceId, scope.hours, JSON.stringify(dims), JSON.stringify(this.cleanWeeks)],
          );
    type Entry = { totals: GroupTotals; weeks: string[]; raw: GroupAccumulator | undefined };
    const prepared = groupBys.map((groupBy) => {
      const dim = dimOf(groupBy);
      const keyOf = (f: SlaFact) => (groupBy === "week" ? f.weekStart : dimensionKey(f, dim));
      const merged = new Map<string, Entry>();
      const entry = (key: string) => {
        let e = merged.get(key);
        if (!e) merged.set(key, (e = { totals: emptyTotals(), weeks: [], raw: undefined }));
        return e;
      };
      for (const r of rollups) {
        if (r.dim !== dim) continue;
        const e = entry(groupBy === "week" ? r.week : r.key);
        e.weeks.push(r.week);
        addTotals(e.totals, {
          conversations: r.conversations,
          answered: r.answered,
          unanswered: r.unanswered,
          breachedAnswered: r.breached_answered,
          converted: r.converted,
          messages: r.messages,
          resolutionSum: r.resolution_sum,
          resolved: r.resolved,
          buckets: new Map(unpackPairs(r.buckets)),
          bands: unpackPairs(r.bands),
        });
      }
      for (const [key, group] of accumulate(this.rawFacts, scope.hours, scope.targetSeconds, keyOf)) {
        const e = entry(key);
        e.raw = group;
        addTotals(e.totals, group.totals);
      }
      const pendingBy = new Map<string, number>();
      for (const f of this.pending) pendingBy.set(keyOf(f), (pendingBy.get(keyOf(f)) ?? 0) + 1);
      const plans = [...merged].map(([key, e]) => ({ key, e, plans: planPercentiles(e.totals.buckets, e.totals.answered, PERCENTILES) }));
      return { groupBy, dim, plans, pendingBy };
    });

    const targets = new Map<string, { i: number; dim: Dimension; key: string; bucket: number; weeks: string[] }>();
    const targetId = (groupBy: GroupBy, key: string, bucket: number) => `${groupBy}\u0000${key}\u0000${bucket}`;
    for (const { groupBy, dim, plans } of prepared) {
      for (const { key, e, plans: ps } of plans) {
        if (e.weeks.length === 0) continue;
        for (const p of ps) {
          for (const { bucket } of [p.lo, p.hi]) {
            const id = targetId(groupBy, key, bucket);
            if (!targets.has(id)) targets.set(id, { i: targets.size, dim, key: groupBy === "week" ? "" : key, bucket, weeks: e.weeks });
          }
        }
      }
    }
    const stored = new Map<string, Map<number, number>>();
    if (targets.size > 0) {
      const rows = await this.db.query<{ i: number; frt_s: number; n: number }>(
        `SELECT t.i, v.frt_s, v.n
         FROM json_to_recordset($3::text::json) AS t(i int, dim text, key text, bucket smallint, weeks json)
         CROSS JOIN LATERAL (
           SELECT frt_s, n FROM sla_frt_values v
           WHERE v.workspace_id = $1 AND v.hours = $2 AND v.dim = t.dim AND v.key = t.key AND v.bucket = t.bucket
             AND v.week_start = ANY(ARRAY(SELECT value::date FROM json_array_elements_text(t.weeks)))
         ) v`,
        [scope.workspaceId, scope.hours, JSON.stringify([...targets.values()])],
      );
      const ids = [...targets.keys()];
      for (const r of rows) {
        const id = ids[r.i]!;
        let values = stored.get(id);
        if (!values) stored.set(id, (values = new Map()));
        values.set(r.frt_s, (values.get(r.frt_s) ?? 0) + r.n);
      }
    }

    const result = {} as Record<G, FirstResponseGroup[]>;
    for (const { groupBy, plans, pendingBy } of prepared) {
      result[groupBy] = plans
        .map(({ key, e, plans: ps }) => {
          const valuesIn = (bucket: number) => {
            const values = new Map(stored.get(targetId(groupBy, key, bucket)) ?? []);
            for (const [value, n] of e.raw?.values ?? []) {
              if (frtBucket(value) === bucket) values.set(value, (values.get(value) ?? 0) + n);
            }
            return values;
          };
          const [p50, p90, p95] = PERCENTILES.map((p) => {
            const plan = ps.find((x) => x.p === p);
            return plan ? resolvePercentile(plan, valuesIn) : null;
          });
          return {
            key,
            totals: e.totals,
            breaches: e.totals.breachedAnswered + e.totals.unanswered - (pendingBy.get(key) ?? 0),
            p50: p50 ?? null,
            p90: p90 ?? null,
            p95: p95 ?? null,
          };
        })
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    return result;
  }

  /** Conversations and breaches per hour of the week, in the team's zone and the buyer's. */
  async heatmap(): Promise<HeatmapCell[]> {
    const { scope } = this;
    const cells = new Map<string, HourTotals>();
    const add = (key: string, t: HourTotals) => {
      const c = cells.get(key) ?? { conversations: 0, breachedAnswered: 0, unanswered: 0 };
      c.conversations += t.conversations;
      c.breachedAnswered += t.breachedAnswered;
      c.unanswered += t.unanswered;
      cells.set(key, c);
    };
    if (this.cleanWeeks.length > 0) {
      const rows = await this.db.query<{ zone: string; hour: number; conversations: number; breached_answered: number; unanswered: number }>(
        `SELECT zone, hour, sum(conversations)::int AS conversations, sum(breached_answered)::int AS breached_answered,
                sum(unanswered)::int AS unanswered
         FROM sla_hour_rollups
         WHERE workspace_id = $1 AND hours = $2
           AND week_start = ANY(ARRAY(SELECT value::date FROM json_array_elements_text($3::text::json)))
         GROUP BY zone, hour`,
        [scope.workspaceId, scope.hours, JSON.stringify(this.cleanWeeks)],
      );
      for (const r of rows) add(`${r.zone}:${r.hour}`, { conversations: r.conversations, breachedAnswered: r.breached_answered, unanswered: r.unanswered });
    }
    for (const [key, t] of accumulateHours(this.rawFacts, scope.hours, scope.targetSeconds)) add(key, t);
    const pending = accumulateHours(this.pending, scope.hours, scope.targetSeconds);
    return [...cells].map(([key, t]) => {
      const [zone, hour] = key.split(":") as ["team" | "buyer", string];
      return {
        zone,
        hour: Number(hour),
        conversations: t.conversations,
        breaches: t.breachedAnswered + t.unanswered - (pending.get(key)?.unanswered ?? 0),
      };
    });
  }
}
