import type { AgentRecord } from "../ingest/records";
import { HOUR_MS, type ZoneClock } from "./clock";
import type { Random } from "./random";

export const TEAM_TIME_ZONE = "Asia/Shanghai";
export type Team = "cn-day" | "cn-night";

export interface HumanAgent {
  id: string;
  name: string;
  team: Team;
  /** The name they sign with (some use an English name with buyers). */
  signsAs: string;
  /** Multiplies their reply delays: below 1 answers faster than the team. */
  pace: number;
  /** Relative share of their team's conversations. */
  load: number;
}

export const HUMAN_AGENTS: readonly HumanAgent[] = [
  { id: "agent-li-wei", name: "Li Wei", team: "cn-day", signsAs: "Li", pace: 0.8, load: 1.3 },
  { id: "agent-zhang-min", name: "Zhang Min", team: "cn-day", signsAs: "Amy", pace: 1.0, load: 1.0 },
  { id: "agent-wang-fang", name: "Wang Fang", team: "cn-day", signsAs: "Fang", pace: 1.3, load: 0.9 },
  { id: "agent-chen-jie", name: "Chen Jie", team: "cn-day", signsAs: "Jack", pace: 0.9, load: 1.1 },
  { id: "agent-liu-yang", name: "Liu Yang", team: "cn-night", signsAs: "Yang", pace: 1.0, load: 1.2 },
  { id: "agent-zhao-lei", name: "Zhao Lei", team: "cn-night", signsAs: "Leo", pace: 1.5, load: 0.8 },
  { id: "agent-huang-ting", name: "Huang Ting", team: "cn-night", signsAs: "Tina", pace: 0.85, load: 1.0 },
  { id: "agent-zhou-xin", name: "Zhou Xin", team: "cn-night", signsAs: "Xin", pace: 1.1, load: 1.0 },
];

export const BOT_AGENT_ID = "bot-autoreply";

export function agentRecords(): AgentRecord[] {
  return [
    ...HUMAN_AGENTS.map((a): AgentRecord => ({ type: "agent", id: a.id, name: a.name, team: a.team })),
    { type: "agent", id: BOT_AGENT_ID, name: "Auto-reply bot", is_bot: true },
  ];
}

const TEAM_AGENTS: Readonly<Record<Team, readonly (readonly [HumanAgent, number])[]>> = {
  "cn-day": HUMAN_AGENTS.filter((a) => a.team === "cn-day").map((a) => [a, a.load] as const),
  "cn-night": HUMAN_AGENTS.filter((a) => a.team === "cn-night").map((a) => [a, a.load] as const),
};

const NIGHT_SHIFT_END_HOUR = 3;
/** Longest stretch without anyone on duty (Saturday 18:00 to Monday 09:00) is 39 hours; search a week. */
const MAX_SEARCH_HOURS = 7 * 24;

/**
 * Who is on duty, in Shanghai time: the day team Monday to Saturday 09:00-18:00, the night team
 * Monday to Friday 18:00-03:00 (European evenings), nobody on Sundays. The gap, 03:00-09:00 in
 * Shanghai, is afternoon and evening in the Americas: those buyers wait for the next shift.
 */
export class DutyRoster {
  constructor(private readonly clock: ZoneClock) {}

  teamOnDuty(ms: number): Team | null {
    const hourOfWeek = this.clock.localHourOfWeek(ms, TEAM_TIME_ZONE);
    const weekday = Math.floor(hourOfWeek / 24);
    const hour = hourOfWeek % 24;
    if (weekday <= 5 && hour >= 9 && hour < 18) return "cn-day";
    if (weekday <= 4 && hour >= 18) return "cn-night";
    // Past midnight the night shift that started the evening before is still on.
    if (hour < NIGHT_SHIFT_END_HOUR && weekday >= 1 && weekday <= 5) return "cn-night";
    return null;
  }

  /** `ms` itself when someone is on duty, else the start of the next shift. */
  nextOnDuty(ms: number): number {
    if (this.teamOnDuty(ms)) return ms;
    // Shifts start on whole hours, and Shanghai's offset is whole hours.
    let hourStart = Math.floor(ms / HOUR_MS) * HOUR_MS;
    for (let i = 0; i < MAX_SEARCH_HOURS; i++) {
      hourStart += HOUR_MS;
      if (this.teamOnDuty(hourStart)) return hourStart;
    }
    throw new Error("the duty roster has no shift in a whole week");
  }

  /**
   * The team that handles a message sent at `ms`: the one on duty, or, for a reply that lands just
   * after a shift ends, the team that was finishing its queue.
   */
  teamFor(ms: number): Team {
    for (let back = 0; back <= MAX_SEARCH_HOURS; back++) {
      const team = this.teamOnDuty(ms - back * HOUR_MS);
      if (team) return team;
    }
    throw new Error("the duty roster has no shift in a whole week");
  }

  pickAgent(team: Team, rng: Random): HumanAgent {
    return rng.weighted(TEAM_AGENTS[team]);
  }
}
