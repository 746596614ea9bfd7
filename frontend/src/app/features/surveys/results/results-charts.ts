import { QuestionResult, SurveyQuestionKind } from '@switchboard/contracts';

import { BarChartData } from '../../../shared/charts/bar-chart';
import { LineChartData } from '../../../shared/charts/line-chart';
import { answerText, valueRange } from '../shared/answer-values';

const BAR_COLOR = '#1e88e5';
const LINE_COLOR = '#43a047';

/** One value of a question, as its bar and its drill-down button show it. */
export interface ValueCount {
  value: number;
  label: string;
  answers: number;
}

/** What a question's card draws: the answers per value as bars, the daily average as a line. */
export interface QuestionView {
  questionId: string;
  question: string;
  kind: SurveyQuestionKind | null;
  average: number | null;
  skipped: number;
  answered: number;
  values: ValueCount[];
  bars: BarChartData;
  trend: LineChartData;
}

/** Words the charts need, already in the interface language. */
export interface ChartWords {
  translate: (key: string) => string;
  /** A day of the trend (`yyyy-mm-dd`) as its axis shows it. */
  day: (isoDay: string) => string;
}

/**
 * Maps a question's result to its charts. `kind` comes from the survey (null when the question is no longer
 * in it): it names the yes/no bars and bounds the trend's axis to the question's values.
 */
export function questionView(
  result: QuestionResult,
  kind: SurveyQuestionKind | null,
  words: ChartWords,
): QuestionView {
  const values = result.counts.map(({ value, answers }) => ({
    value,
    label: answerText(kind, value, words.translate),
    answers,
  }));
  const range = kind === null ? null : valueRange(kind, result.counts.length);
  return {
    questionId: result.questionId,
    question: result.question,
    kind,
    average: result.average,
    skipped: result.skipped,
    answered: values.reduce((sum, item) => sum + item.answers, 0),
    values,
    bars: {
      labels: values.map((item) => item.label),
      series: [
        {
          label: words.translate('surveys.results.answers'),
          data: values.map((item) => item.answers),
          color: BAR_COLOR,
        },
      ],
    },
    trend: {
      labels: result.trend.map((point) => words.day(point.day)),
      series: [
        {
          label: words.translate('surveys.results.average'),
          data: result.trend.map((point) => point.average),
          color: LINE_COLOR,
        },
      ],
      ...(range ? { min: range.min, max: range.max } : {}),
    },
  };
}

/** The drill-down a click on a bar opens: that question, that value. */
export function drillDownAt(view: QuestionView, index: number): { questionId: string; value: number } | null {
  const bar = view.values[index];
  return bar ? { questionId: view.questionId, value: bar.value } : null;
}
