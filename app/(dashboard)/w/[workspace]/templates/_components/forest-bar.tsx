/**
 * A lift and its 95% interval as one row of a forest plot: a bar from the interval's low to high
 * end around a vertical zero line, the estimate as a dot. The axis is the risk ratio on a log scale
 * (so halving and doubling are equally far from zero), from RATIO_LOW to RATIO_HIGH; ends beyond
 * it are clipped and drawn as arrows.
 */
const RATIO_LOW = 0.25;
const RATIO_HIGH = 4;
const WIDTH = 160;
const HEIGHT = 16;

const x = (lift: number) => {
  const ratio = Math.min(RATIO_HIGH, Math.max(RATIO_LOW, lift + 1));
  return ((Math.log(ratio) - Math.log(RATIO_LOW)) / (Math.log(RATIO_HIGH) - Math.log(RATIO_LOW))) * WIDTH;
};

/** The axis's ends as lifts, for the column header. */
export const FOREST_AXIS = { low: RATIO_LOW - 1, high: RATIO_HIGH - 1 };

export function ForestBar({
  lift,
  low,
  high,
  label,
  lowerIsBetter = false,
}: {
  lift: number | null;
  low: number | null;
  high: number | null;
  label: string;
  /** For outcomes to avoid (negative reviews): an interval below zero is the good news. */
  lowerIsBetter?: boolean;
}) {
  const above = low !== null && low > 0;
  const below = high !== null && high < 0;
  const colour = above || below ? ((above !== lowerIsBetter) ? "#059669" : "#dc2626") : "#6b7280";
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="block">
      <line x1={x(0)} x2={x(0)} y1={0} y2={HEIGHT} stroke="#9ca3af" strokeWidth={1} strokeDasharray="2 2" />
      {low !== null && high !== null && (
        <>
          <line x1={x(low)} x2={x(high)} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke={colour} strokeWidth={3} strokeLinecap="round" />
          {low + 1 < RATIO_LOW && <path d={`M0 ${HEIGHT / 2} l5 -4 v8 z`} fill={colour} />}
          {high + 1 > RATIO_HIGH && <path d={`M${WIDTH} ${HEIGHT / 2} l-5 -4 v8 z`} fill={colour} />}
        </>
      )}
      {lift !== null && <circle cx={x(lift)} cy={HEIGHT / 2} r={4} fill="white" stroke={colour} strokeWidth={2} />}
    </svg>
  );
}
