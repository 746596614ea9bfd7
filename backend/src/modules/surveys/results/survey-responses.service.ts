import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SurveyResponse } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { surveyResponsesSql } from './survey-responses.sql';

const BY_ORDER = surveyResponsesSql('order_id');
const BY_CLIENT = surveyResponsesSql('client_id');

/** What the order page and the client's card show of survey calls: the latest 50 that reached the client. */
@Injectable()
export class SurveyResponsesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  forOrder(orderId: string): Promise<SurveyResponse[]> {
    return this.db.query(BY_ORDER, [orderId]);
  }

  forClient(clientId: string): Promise<SurveyResponse[]> {
    return this.db.query(BY_CLIENT, [clientId]);
  }
}
