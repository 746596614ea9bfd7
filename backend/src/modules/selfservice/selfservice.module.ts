import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpeechModule } from '../../core/speech/speech.module';
import { BonusesModule } from '../bonuses/bonuses.module';
import { ClientsModule } from '../clients/clients.module';
import { PaymentsModule } from '../payments/payments.module';
import { FastAgiListener } from './fastagi.listener';
import { SelfServiceCallers } from './selfservice-callers.service';
import { SelfServiceChoices } from './selfservice-choices.service';
import { SelfServiceDialogue } from './selfservice-dialogue';
import { SelfServiceSettingsController } from './selfservice-settings.controller';
import { SelfServiceSettingsRecord } from './selfservice-settings.entity';
import { SelfServiceSettingsService } from './selfservice-settings.service';

/** The self-service menu in front of the queue: the FastAGI server, its spoken prompts and routing rule. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SelfServiceSettingsRecord]),
    SpeechModule,
    ClientsModule,
    PaymentsModule,
    BonusesModule,
  ],
  controllers: [SelfServiceSettingsController],
  providers: [
    FastAgiListener,
    SelfServiceDialogue,
    SelfServiceCallers,
    SelfServiceSettingsService,
    SelfServiceChoices,
  ],
  exports: [SelfServiceChoices],
})
export class SelfServiceModule {}
