import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import {
  CategoryScale,
  Chart,
  ChartConfiguration,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

import { keepChartDrawn } from './chart-canvas';

import type { ChartSeries } from './bar-line-chart';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export interface LineChartData {
  labels: string[];
  series: ChartSeries[];
  /** The value axis' bounds, when the values have them (a 1–5 scale); otherwise they follow the data. */
  min?: number;
  max?: number;
}

type LineConfig = ChartConfiguration<'line', (number | null)[], string>;

/** Values over time as lines, gaps left open, in the page's text colour and size. */
export function lineChartConfig(data: LineChartData, textColor: string, fontSize = 12): LineConfig {
  const font = { size: fontSize };
  return {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map((series) => ({
        label: series.label,
        data: series.data,
        borderColor: series.color,
        backgroundColor: series.color,
        spanGaps: false,
        // Monotone: the curve never swings past a point, so never beyond the scale's ends.
        cubicInterpolationMode: 'monotone' as const,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: textColor,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { color: textColor, font } },
        y: { min: data.min, max: data.max, ticks: { color: textColor, font } },
      },
    },
  };
}

/** A Chart.js line chart: the one line wrapper, registering only the parts it draws. */
@Component({
  selector: 'sb-line-chart',
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  styles: ':host { display: block; position: relative; min-height: 160px; } canvas { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LineChart {
  readonly data = input.required<LineChartData>();
  /** What the chart shows, for screen readers. */
  readonly label = input.required<string>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  constructor() {
    keepChartDrawn(this.canvas, (color, size) => lineChartConfig(this.data(), color, size));
  }
}
