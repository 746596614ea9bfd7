import { barLineChartConfig } from './bar-line-chart';

describe('bar and line chart', () => {
  it('puts the bars on the count axis and the line on the 0–100 axis, drawn over the bars', () => {
    const config = barLineChartConfig(
      {
        labels: ['09:00', '09:15'],
        bars: [{ label: 'Offered', data: [3, 1], color: '#999' }],
        line: { label: 'SL', data: [50, null], color: '#00f' },
      },
      'rgb(0, 0, 0)',
    );
    const [line, bar] = config.data.datasets;
    expect(line).toMatchObject({ type: 'line', label: 'SL', yAxisID: 'percent', data: [50, null], order: 1 });
    expect(bar).toMatchObject({ type: 'bar', label: 'Offered', yAxisID: 'count', data: [3, 1], order: 2 });
    expect(config.options?.scales?.['percent']).toMatchObject({ min: 0, max: 100, position: 'right' });
    expect(config.options?.scales?.['count']).toMatchObject({ beginAtZero: true, position: 'left' });
  });

  it('draws only bars when there is no line', () => {
    const config = barLineChartConfig({ labels: [], bars: [], line: null }, '#000');
    expect(config.data.datasets).toEqual([]);
  });
});
