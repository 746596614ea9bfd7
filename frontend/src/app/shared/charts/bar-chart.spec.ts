import { barChartConfig, barHit } from './bar-chart';
import { lineChartConfig } from './line-chart';

describe('bar chart', () => {
  it('draws each series as bars from zero, whole numbers on the axis', () => {
    const config = barChartConfig(
      { labels: ['1', '2'], series: [{ label: 'Answers', data: [4, 0], color: '#123' }] },
      '#000',
    );
    expect(config.data.labels).toEqual(['1', '2']);
    expect(config.data.datasets).toEqual([{ label: 'Answers', data: [4, 0], backgroundColor: '#123' }]);
    expect(config.options?.scales?.['y']).toMatchObject({ beginAtZero: true, ticks: { precision: 0 } });
  });

  it('names the clicked bar by its label and series, and nothing when the click missed', () => {
    expect(barHit([{ index: 3, datasetIndex: 0 }])).toEqual({ index: 3, series: 0 });
    expect(barHit([])).toBeNull();
  });
});

describe('line chart', () => {
  it('keeps the value axis within the given bounds and leaves gaps open', () => {
    const config = lineChartConfig(
      {
        labels: ['a', 'b'],
        series: [{ label: 'Average', data: [4.5, null], color: '#00f' }],
        min: 1,
        max: 5,
      },
      '#000',
    );
    expect(config.data.datasets[0]).toMatchObject({ label: 'Average', data: [4.5, null], spanGaps: false });
    expect(config.options?.scales?.['y']).toMatchObject({ min: 1, max: 5 });
  });
});
