import type { CSSProperties } from 'react';
import classes from './BarChart.module.css';

export interface BarSeries {
  name: string;
  label: string;
  /** A Mantine colour and shade, e.g. `teal.7`. */
  color: string;
}

export interface BarChartRow {
  key: string;
  label: string;
  values: Partial<Record<string, number>>;
}

export interface BarChartProps {
  rows: readonly BarChartRow[];
  series: readonly BarSeries[];
  /** `bars`: one line per row, bars growing from the start edge; `columns`: rows side by side, bars growing upwards. */
  layout: 'bars' | 'columns';
  format: (value: number) => string;
}

const cssColor = (color: string) => {
  const [name, shade] = color.split('.');
  return shade ? `var(--mantine-color-${name}-${shade})` : `var(--mantine-color-${name}-filled)`;
};

/**
 * A bar's length as a share of the largest value, in CSS: of `room` (the space the bars may take), and never less
 * than a visible sliver for a value above zero.
 */
export function barLength(value: number, max: number, room = '100%'): string {
  if (!(value > 0) || !(max > 0)) return '0px';
  return `max(2px, calc(${room} * ${(value / max).toFixed(4)}))`;
}

/** The value axis of a column chart, top to bottom: the largest value, its half when whole, zero. */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  return max % 2 === 0 && max > 2 ? [max, max / 2, 0] : [max, 0];
}

// Room left beside the longest bar for its figure.
const BAR_ROOM = '(100% - 3.5rem)';

/**
 * The dashboard's bar charts, drawn with plain elements and CSS: nothing to measure, nothing to lay out in script,
 * so a phone paints them in one pass (recharts measured every label and laid out each chart in script, seconds of
 * main-thread work on a slow phone). Logical properties make Arabic mirror by itself: labels on the right, bars
 * growing leftwards, months from the right. Purely visual: the table beside it is what screen readers read.
 */
export function BarChart({ rows, series, layout, format }: BarChartProps) {
  const max = Math.max(0, ...rows.flatMap((row) => series.map((entry) => row.values[entry.name] ?? 0)));
  const legend =
    series.length > 1 ? (
      <div className={classes.legend}>
        {series.map((entry) => (
          <span key={entry.name} className={classes.legendItem}>
            <span className={classes.swatch} style={{ background: cssColor(entry.color) }} />
            {entry.label}
          </span>
        ))}
      </div>
    ) : null;

  if (layout === 'bars') {
    return (
      <div className={classes.chart}>
        <div className={classes.bars}>
          {rows.map((row) => (
            <div key={row.key} className={classes.barRow}>
              <span className={classes.rowLabel} title={row.label}>
                {row.label}
              </span>
              <div className={classes.barGroup}>
                {series.map((entry) => {
                  const value = row.values[entry.name] ?? 0;
                  return (
                    <div key={entry.name} className={classes.barLine}>
                      <span className={classes.bar} style={{ inlineSize: barLength(value, max, BAR_ROOM), background: cssColor(entry.color) }} />
                      <span className={classes.value}>{format(value)}</span>
                    </div>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
        {legend}
      </div>
    );
  }

  return (
    <div className={classes.chart}>
      <div className={classes.columns} style={{ '--columns': rows.length } as CSSProperties}>
        <div className={classes.axis}>
          {axisTicks(max).map((tick) => (
            <span key={tick}>{format(tick)}</span>
          ))}
        </div>
        {rows.map((row) => (
          <div key={row.key} className={classes.column}>
            <div className={classes.columnBars}>
              {series.map((entry) => {
                const value = row.values[entry.name] ?? 0;
                return (
                  <span
                    key={entry.name}
                    className={classes.columnBar}
                    style={{ blockSize: barLength(value, max), background: cssColor(entry.color) }}
                    title={format(value)}
                  />
                );
              })}
            </div>
            <span className={classes.columnLabel}>{row.label}</span>
          </div>
        ))}
      </div>
      {legend}
    </div>
  );
}
