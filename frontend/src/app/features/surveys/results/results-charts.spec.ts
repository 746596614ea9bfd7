import { aQuestionResult } from '../../../testing/survey-fixtures';
import { drillDownAt, questionView } from './results-charts';

const words = {
  translate: (key: string) => ({ 'surveys.answers.yes': 'Yes', 'surveys.answers.no': 'No' })[key] ?? key,
  day: (day: string) => `day ${day.slice(8)}`,
};

describe('the results charts', () => {
  it('draws one bar per value, lowest first, and the daily average within the scale', () => {
    const view = questionView(aQuestionResult(), 'scale5', words);
    expect(view.bars).toEqual({
      labels: ['1', '2', '3', '4', '5'],
      series: [{ label: 'surveys.results.answers', data: [2, 4, 6, 8, 10], color: expect.any(String) }],
    });
    expect(view.trend).toEqual({
      labels: ['day 01', 'day 02'],
      series: [{ label: 'surveys.results.average', data: [3.5, 4], color: expect.any(String) }],
      min: 1,
      max: 5,
    });
    expect(view.answered).toBe(30);
    expect(view.skipped).toBe(1);
  });

  it('names yes/no bars, and leaves the axis free for a question no longer in the survey', () => {
    const result = aQuestionResult({
      counts: [
        { value: 1, answers: 7 },
        { value: 2, answers: 3 },
      ],
    });
    expect(questionView(result, 'yesNo', words).bars.labels).toEqual(['Yes', 'No']);
    const orphan = questionView(result, null, words);
    expect(orphan.bars.labels).toEqual(['1', '2']);
    expect(orphan.trend.min).toBeUndefined();
    expect(orphan.trend.max).toBeUndefined();
  });

  it('bounds a 0–10 scale from zero', () => {
    const result = aQuestionResult({
      counts: Array.from({ length: 11 }, (_, value) => ({ value, answers: 1 })),
    });
    const view = questionView(result, 'scale10', words);
    expect(view.bars.labels[0]).toBe('0');
    expect([view.trend.min, view.trend.max]).toEqual([0, 10]);
  });

  it('opens the drill-down for the value under the clicked bar', () => {
    const view = questionView(aQuestionResult({ questionId: 'q-7' }), 'scale5', words);
    expect(drillDownAt(view, 1)).toEqual({ questionId: 'q-7', value: 2 });
    expect(drillDownAt(view, 9)).toBeNull();
  });
});
