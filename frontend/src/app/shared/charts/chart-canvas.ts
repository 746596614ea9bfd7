import { DestroyRef, ElementRef, Signal, afterRenderEffect, inject } from '@angular/core';
import { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';

/**
 * Keeps a Chart.js chart drawn on the component's canvas: built once, updated in place whenever `configOf`'s
 * inputs change, destroyed with the component. The text colour and size are read from the host on every change,
 * so the axes follow a switch of theme and a larger type (the wallboard's TV mode). Call it in a constructor.
 */
export function keepChartDrawn<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
  canvas: Signal<ElementRef<HTMLCanvasElement>>,
  configOf: (textColor: string, fontSize: number) => ChartConfiguration<TType, TData, TLabel>,
): void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  let chart: Chart<TType, TData, TLabel> | null = null;
  afterRenderEffect(() => {
    const style = getComputedStyle(host.nativeElement);
    const config = configOf(style.color, Math.round(0.85 * (parseFloat(style.fontSize) || 14)));
    if (chart) {
      chart.data = config.data;
      if (config.options) chart.options = config.options;
      chart.update();
    } else {
      chart = new Chart(canvas().nativeElement, config);
    }
  });
  inject(DestroyRef).onDestroy(() => chart?.destroy());
}
