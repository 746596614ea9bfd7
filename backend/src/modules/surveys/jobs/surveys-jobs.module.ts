import { Module } from '@nestjs/common';
import { SurveyDialingService } from '../calls/survey-dialing.service';
import { surveyDialerProvider } from '../calls/survey-dialer.provider';
import { SurveysModule } from '../surveys.module';
import { SurveyCallProcessor } from './survey-call.processor';
import { SurveySweepProcessor } from './survey-sweep.processor';

/**
 * The survey-call queue's processor and the worker's AMI session it dials through, and the sweep of lost calls;
 * only the worker loads it.
 */
@Module({
  imports: [SurveysModule],
  providers: [surveyDialerProvider, SurveyDialingService, SurveyCallProcessor, SurveySweepProcessor],
})
export class SurveysJobsModule {}
