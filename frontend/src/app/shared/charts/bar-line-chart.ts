import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  ChartData,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

import { keepChartDrawn } from './chart-canvas';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export interface ChartSeries {
  label: string;
  data: (number | null)[];
  color: string;
}

export interface BarLineData {
  labels: string[];
  bars: ChartSeries[];
  /** Drawn against a second axis on the right, 0–100 (percent). */
  line: ChartSeries | null;
}

type BarLineConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>;

export function barLineChartData(data: BarLineData): ChartData<'bar' | 'line', (number | null)[], string> {
  const bars = data.bars.map((series) => ({
    type: 'bar' as const,
    label: series.label,
    data: series.data,
    backgroundColor: series.color,
    yAxisID: 'count',
    order: 2,
  }));
  const line = data.line
    ? [
        {
          type: 'line' as const,
          label: data.line.label,
          data: data.line.data,
          borderColor: data.line.color,
          backgroundColor: data.line.color,
          yAxisID: 'percent',
          spanGaps: true,
          // Monotone: the curve never swings past a point, so never above 100 %.
          cubicInterpolationMode: 'monotone' as const,
          order: 1,
        },
      ]
    : [];
  return { labels: data.labels, datasets: [...line, ...bars] };
}

/** Counts as bars on the left axis and one percentage line on the right, in the page's text colour and size. */
export function barLineChartConfig(data: BarLineData, textColor: string, fontSize = 12): BarLineConfig {
  const font = { size: fontSize };
  return {
    type: 'bar',
    data: barLineChartData(data),
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: textColor,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { color: textColor, font } } },
      scales: {
        x: { ticks: { color: textColor, font } },
        count: { position: 'left', beginAtZero: true, ticks: { color: textColor, font, precision: 0 } },
        percent: {
          position: 'right',
          min: 0,
          max: 100,
          grid: { drawOnChartArea: false },
          ticks: { color: textColor, font, callback: (value) => `${value}%` },
        },
      },
    },
  };
}

/** A Chart.js bar chart with a percentage line: the one wrapper, registering only the parts it draws. */
@Component({
  selector: 'sb-bar-line-chart',
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  styles: ':host { display: block; position: relative; min-height: 160px; } canvas { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarLineChart {
  readonly data = input.required<BarLineData>();
  /** What the chart shows, for screen readers. */
  readonly label = input.required<string>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  constructor() {
    keepChartDrawn(this.canvas, (color, size) => barLineChartConfig(this.data(), color, size));
  }
}
