import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpeechModule } from '../../core/speech/speech.module';
import { ClientsModule } from '../clients/clients.module';
import { OrdersModule } from '../orders/orders.module';
import { TasksModule } from '../tasks/tasks.module';
import { CampaignTargetsService } from './campaign-targets.service';
import { CampaignRecord } from './campaign.entity';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { CampaignSnapshots } from './calls/campaign-snapshots';
import { SurveyAnswersService } from './calls/survey-answers.service';
import { SurveyAttemptsSweeper } from './calls/survey-attempts-sweeper.service';
import { SurveyCallsListener } from './calls/survey-calls.listener';
import { SurveyPromptsController } from './prompts/survey-prompts.controller';
import { SurveyPromptsService } from './prompts/survey-prompts.service';
import { SurveyRecordingRecord } from './prompts/survey-recording.entity';
import { SurveyResponsesController } from './results/survey-responses.controller';
import { SurveyResponsesService } from './results/survey-responses.service';
import { SurveyResponseRowsService } from './results/survey-response-rows.service';
import { SurveyResultsController } from './results/survey-results.controller';
import { SurveyResultsService } from './results/survey-results.service';
import { AttemptScheduler } from './scheduling/attempt-scheduler.service';
import { CampaignTriggersListener } from './scheduling/campaign-triggers.listener';
import { SurveyAnswerRecord } from './survey-answer.entity';
import { SurveyAttemptRecord } from './survey-attempt.entity';
import { SurveyQuestionRecord } from './survey-question.entity';
import { SurveyRecord } from './survey.entity';
import { SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';

/** Surveys, campaigns and their calls' outcomes; the calls themselves are placed by the worker (jobs/). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SurveyRecord,
      SurveyQuestionRecord,
      CampaignRecord,
      SurveyAttemptRecord,
      SurveyAnswerRecord,
      SurveyRecordingRecord,
    ]),
    ClientsModule,
    OrdersModule,
    TasksModule,
    SpeechModule,
  ],
  controllers: [
    SurveysController,
    CampaignsController,
    SurveyResponsesController,
    SurveyResultsController,
    SurveyPromptsController,
  ],
  providers: [
    SurveysService,
    CampaignsService,
    CampaignTargetsService,
    AttemptScheduler,
    CampaignTriggersListener,
    CampaignSnapshots,
    SurveyAnswersService,
    SurveyAttemptsSweeper,
    SurveyCallsListener,
    SurveyResponsesService,
    SurveyResultsService,
    SurveyResponseRowsService,
    SurveyPromptsService,
  ],
  exports: [AttemptScheduler, SurveyPromptsService, CampaignSnapshots, SurveyAttemptsSweeper],
})
export class SurveysModule {}
