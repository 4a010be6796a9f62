/** A length of time split for display: the two largest units that matter ("3 min 20 s", "2 h 5 min"). */
export type DurationParts =
  | { unit: "seconds"; s: number }
  | { unit: "minutes"; m: number; s: number }
  | { unit: "hours"; h: number; m: number }
  | { unit: "days"; d: number; h: number };

export function durationParts(totalSeconds: number): DurationParts {
  const t = Math.max(0, Math.round(totalSeconds));
  if (t < 60) return { unit: "seconds", s: t };
  if (t < 3600) return { unit: "minutes", m: Math.floor(t / 60), s: t % 60 };
  const minutes = Math.round(t / 60);
  if (minutes < 24 * 60) return { unit: "hours", h: Math.floor(minutes / 60), m: minutes % 60 };
  const hours = Math.round(t / 3600);
  return { unit: "days", d: Math.floor(hours / 24), h: hours % 24 };
}
