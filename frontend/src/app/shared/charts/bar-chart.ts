import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  LinearScale,
  Tooltip,
} from 'chart.js';

import { keepChartDrawn } from './chart-canvas';

import type { ChartSeries } from './bar-line-chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartData {
  labels: string[];
  series: ChartSeries[];
}

/** Which bar was clicked: its label's index and its series' index. */
export interface BarHit {
  index: number;
  series: number;
}

type BarConfig = ChartConfiguration<'bar', (number | null)[], string>;

/** Counts as bars from zero, in the page's text colour and size; whole numbers on the axis. */
export function barChartConfig(data: BarChartData, textColor: string, fontSize = 12): BarConfig {
  const font = { size: fontSize };
  return {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((series) => ({
        label: series.label,
        data: series.data,
        backgroundColor: series.color,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: textColor,
      scales: {
        x: { ticks: { color: textColor, font } },
        y: { beginAtZero: true, ticks: { color: textColor, font, precision: 0 } },
      },
    },
  };
}

/** The bar the pointer is on, from what Chart.js found under it. */
export function barHit(elements: readonly { index: number; datasetIndex: number }[]): BarHit | null {
  const [element] = elements;
  return element ? { index: element.index, series: element.datasetIndex } : null;
}

/** A Chart.js bar chart whose bars can be clicked: the one bar wrapper, registering only the parts it draws. */
@Component({
  selector: 'sb-bar-chart',
  template: `<canvas #canvas role="img" [attr.aria-label]="label()"></canvas>`,
  styles: ':host { display: block; position: relative; min-height: 160px; } canvas { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  readonly data = input.required<BarChartData>();
  /** What the chart shows, for screen readers. */
  readonly label = input.required<string>();
  readonly barClicked = output<BarHit>();
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  constructor() {
    keepChartDrawn(this.canvas, (color, size) => {
      const config = barChartConfig(this.data(), color, size);
      const onClick = (_: unknown, elements: { index: number; datasetIndex: number }[]) => {
        const hit = barHit(elements);
        if (hit) this.barClicked.emit(hit);
      };
      const onHover = (event: { native: Event | null }, elements: unknown[]) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      };
      return { ...config, options: { ...config.options, onClick, onHover } };
    });
  }
}
