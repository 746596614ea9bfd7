import { Module } from '@nestjs/common';
import { BonusesModule } from '../bonuses.module';
import { BonusExpiryProcessor } from './bonus-expiry.processor';

/** The bonuses module's queue processors and their schedule; only the worker process loads them. */
@Module({ imports: [BonusesModule], providers: [BonusExpiryProcessor] })
export class BonusesJobsModule {}
