import { Module } from '@nestjs/common';
import { SurveyDialingService } from '../calls/survey-dialing.service';
import { surveyDialerProvider } from '../calls/survey-dialer.provider';
import { SurveysModule } from '../surveys.module';
import { SurveyCallProcessor } from './survey-call.processor';

/** The survey-call queue's processor and the worker's AMI session it dials through; only the worker loads it. */
@Module({
  imports: [SurveysModule],
  providers: [surveyDialerProvider, SurveyDialingService, SurveyCallProcessor],
})
export class SurveysJobsModule {}
