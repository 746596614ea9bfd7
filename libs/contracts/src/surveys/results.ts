import { UserRef } from '../clients/client';
import { SurveyQuestionKind } from './survey';

/** One answer of a client to one question; `value` is null when they pressed nothing valid (skipped). */
export interface SurveyAnswer {
  questionId: string;
  kind: SurveyQuestionKind;
  /** The question's text in the language it was asked in. */
  question: string;
  value: number | null;
  answeredAt: string;
}

/** A survey call that reached the client, as the order and the client's card show it. */
export interface SurveyResponse {
  attemptId: string;
  campaignId: string;
  campaignName: string;
  surveyName: string;
  orderId: string | null;
  /** The call's id, to open it in the call history. */
  callId: string | null;
  calledAt: string;
  answers: SurveyAnswer[];
}

export interface QuestionResult {
  questionId: string;
  question: string;
  /** How many answers each value got, from the lowest value the question allows to the highest. */
  counts: { value: number; answers: number }[];
  skipped: number;
  average: number | null;
  /** Per day of the period: the average answer and how many answered. */
  trend: { day: string; average: number; answers: number }[];
}

/** CSAT: the share of answers in the top two values of a scale question, 0–1. */
export interface CsatRow {
  key: string;
  label: string;
  csat: number;
  answers: number;
}

export interface SurveyResults {
  surveyId: string;
  from: string;
  to: string;
  /** Clients a campaign of this survey tried to call in the period, and how many of them answered. */
  attempted: number;
  reached: number;
  /** reached / attempted; null without attempts. */
  responseRate: number | null;
  questions: QuestionResult[];
  byAgent: CsatRow[];
  byManager: CsatRow[];
  byCategory: CsatRow[];
}

/** One row of the drill-down from a result to the calls behind it. */
export interface SurveyResponseRow extends SurveyResponse {
  client: { id: string; name: string };
  agent: UserRef | null;
}
