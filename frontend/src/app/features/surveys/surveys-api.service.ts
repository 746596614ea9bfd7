import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddCampaignTargetsRequest,
  AddCampaignTargetsResponse,
  Campaign,
  ClientSegment,
  Language,
  OrderStage,
  Page,
  SaveCampaignRequest,
  SaveSurveyRequest,
  Survey,
  SurveyResponse,
  SurveyResponseRow,
  SurveyResults,
  SurveySummary,
} from '@switchboard/contracts';
import { Observable } from 'rxjs';

import { queryParams } from '../../core/http/query-params';
import { saveFile } from '../../core/http/save-file';

/** What a campaign does next: the four buttons of the campaign list. */
export type CampaignAction = 'start' | 'pause' | 'resume' | 'stop';

/** A period of the results, as calendar days `yyyy-mm-dd`. */
export interface ResultsPeriod {
  from: string;
  to: string;
}

/** The drill-down from a result to the calls behind it. */
export interface ResponsesQuery extends ResultsPeriod {
  questionId?: string;
  value?: number;
  page: number;
  pageSize: number;
}

/** Where one prompt lives: a question of a survey, in a language. */
export interface PromptRef {
  surveyId: string;
  questionId: string;
  language: Language;
}

const id = encodeURIComponent;
const promptPath = ({ surveyId, questionId, language }: PromptRef) =>
  `/api/surveys/${id(surveyId)}/questions/${id(questionId)}/prompts/${language}`;

/** Surveys, their prompts and results, the campaigns that call them, and the two lists their forms pick from. */
@Injectable({ providedIn: 'root' })
export class SurveysApiService {
  private readonly http = inject(HttpClient);

  surveys(): Observable<SurveySummary[]> {
    return this.http.get<SurveySummary[]>('/api/surveys');
  }

  survey(surveyId: string): Observable<Survey> {
    return this.http.get<Survey>(`/api/surveys/${id(surveyId)}`);
  }

  saveSurvey(request: SaveSurveyRequest, surveyId: string | null): Observable<Survey> {
    return surveyId === null
      ? this.http.post<Survey>('/api/surveys', request)
      : this.http.put<Survey>(`/api/surveys/${id(surveyId)}`, request);
  }

  deleteSurvey(surveyId: string): Observable<void> {
    return this.http.delete<void>(`/api/surveys/${id(surveyId)}`);
  }

  uploadRecording(prompt: PromptRef, file: File): Observable<Survey> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.put<Survey>(`${promptPath(prompt)}/recording`, body);
  }

  deleteRecording(prompt: PromptRef): Observable<Survey> {
    return this.http.delete<Survey>(`${promptPath(prompt)}/recording`);
  }

  /** The prompt as the caller hears it: the recording, or its text spoken by speech synthesis. */
  promptAudio(prompt: PromptRef): Observable<Blob> {
    return this.http.get(`${promptPath(prompt)}/audio`, { responseType: 'blob' });
  }

  campaigns(): Observable<Campaign[]> {
    return this.http.get<Campaign[]>('/api/campaigns');
  }

  saveCampaign(request: SaveCampaignRequest, campaignId: string | null): Observable<Campaign> {
    return campaignId === null
      ? this.http.post<Campaign>('/api/campaigns', request)
      : this.http.put<Campaign>(`/api/campaigns/${id(campaignId)}`, request);
  }

  campaignAction(campaignId: string, action: CampaignAction): Observable<Campaign> {
    return this.http.post<Campaign>(`/api/campaigns/${id(campaignId)}/${action}`, null);
  }

  addTargets(campaignId: string, request: AddCampaignTargetsRequest): Observable<AddCampaignTargetsResponse> {
    return this.http.post<AddCampaignTargetsResponse>(`/api/campaigns/${id(campaignId)}/targets`, request);
  }

  results(surveyId: string, period: ResultsPeriod): Observable<SurveyResults> {
    return this.http.get<SurveyResults>(`/api/surveys/${id(surveyId)}/results`, {
      params: queryParams(period),
    });
  }

  responses(surveyId: string, query: ResponsesQuery): Observable<Page<SurveyResponseRow>> {
    return this.http.get<Page<SurveyResponseRow>>(`/api/surveys/${id(surveyId)}/responses`, {
      params: queryParams(query),
    });
  }

  exportResults(surveyId: string, period: ResultsPeriod, format: 'csv' | 'xlsx'): Promise<void> {
    const params = queryParams(period).toString();
    const url = `/api/surveys/${id(surveyId)}/results/export?format=${format}&${params}`;
    return saveFile(this.http, url, `survey-results.${format}`);
  }

  /** The survey calls that reached the client about this order, or this client. */
  responsesOf(owner: 'orders' | 'clients', ownerId: string): Observable<SurveyResponse[]> {
    return this.http.get<SurveyResponse[]>(`/api/${owner}/${id(ownerId)}/survey-responses`);
  }

  /** The funnel, for a campaign triggered by an order entering a stage. */
  stages(): Observable<OrderStage[]> {
    return this.http.get<OrderStage[]>('/api/order-stages');
  }

  /** Saved client segments, for putting a segment into a manual campaign. */
  segments(): Observable<ClientSegment[]> {
    return this.http.get<ClientSegment[]>('/api/client-segments');
  }
}
