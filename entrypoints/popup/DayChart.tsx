import { scaleBand, scaleLinear } from 'd3-scale';
import { For } from 'solid-js';
import type { DayTotals } from '@/utils/aggregate';
import { formatDay, formatMinutes } from '@/utils/format';
import { t } from '@/utils/i18n';

const WIDTH = 320;
const HEIGHT = 120;
const MARGIN = { top: 8, right: 4, bottom: 4, left: 32 };

/** Stacked bars of spectator and participant minutes per day; the table below says the same in text. */
export function DayChart(props: { series: DayTotals[] }) {
  const x = () =>
    scaleBand<string>()
      .domain(props.series.map((entry) => entry.day))
      .range([MARGIN.left, WIDTH - MARGIN.right])
      .paddingInner(props.series.length > 30 ? 0.1 : 0.25);
  const y = () => {
    const most = Math.max(
      1,
      ...props.series.map(({ totals }) => (totals.spectatorSeconds + totals.participantSeconds) / 60),
    );
    return scaleLinear()
      .domain([0, most])
      .nice(3)
      .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  };
  const top = (minutes: number) => y()(minutes);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" data-testid="day-chart">
        <title>{t('popup_chartCaption')}</title>
        <For each={y().ticks(3)}>
          {(tick) => (
            <g class="tick">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={top(tick)} y2={top(tick)} />
              <text x={MARGIN.left - 4} y={top(tick)} dy="0.32em" text-anchor="end">
                {tick}
              </text>
            </g>
          )}
        </For>
        <For each={props.series}>
          {({ day, totals }) => {
            const spectator = totals.spectatorSeconds / 60;
            const participant = totals.participantSeconds / 60;
            return (
              <g data-day={day}>
                <rect
                  class="spectator"
                  x={x()(day)}
                  width={x().bandwidth()}
                  y={top(spectator)}
                  height={top(0) - top(spectator)}
                />
                <rect
                  class="participant"
                  x={x()(day)}
                  width={x().bandwidth()}
                  y={top(spectator + participant)}
                  height={top(spectator) - top(spectator + participant)}
                />
              </g>
            );
          }}
        </For>
      </svg>
      <figcaption id="chart-caption">{t('popup_chartCaption')}</figcaption>
      <details>
        <summary>{t('popup_chartTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('popup_day')}</th>
              <th scope="col">{t('mode_spectator')}</th>
              <th scope="col">{t('mode_participant')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={[...props.series].reverse()}>
              {({ day, totals }) => (
                <tr>
                  <th scope="row">{formatDay(day)}</th>
                  <td>{formatMinutes(totals.spectatorSeconds)}</td>
                  <td>{formatMinutes(totals.participantSeconds)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
