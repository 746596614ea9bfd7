import { Controller, Get } from '@nestjs/common';
import { SurveyResponse } from '@switchboard/contracts';
import { UuidParam } from '../../../core/http/uuid-param';
import { SurveyResponsesService } from './survey-responses.service';

/** Survey answers beside the order and the client, for anyone who may open those. */
@Controller()
export class SurveyResponsesController {
  constructor(private readonly responses: SurveyResponsesService) {}

  @Get('orders/:id/survey-responses')
  forOrder(@UuidParam('id') id: string): Promise<SurveyResponse[]> {
    return this.responses.forOrder(id);
  }

  @Get('clients/:id/survey-responses')
  forClient(@UuidParam('id') id: string): Promise<SurveyResponse[]> {
    return this.responses.forClient(id);
  }
}
