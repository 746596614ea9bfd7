import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BonusesMergeListener } from './bonuses-merge.listener';
import { ClientsModule } from '../clients/clients.module';
import { BonusEntryRecord } from './bonus-entry.entity';
import { BonusLedgerService } from './bonus-ledger.service';
import { BonusRuleRecord } from './bonus-rule.entity';
import { BonusRulesService } from './bonus-rules.service';
import { BonusesController } from './bonuses.controller';

@Module({
  imports: [TypeOrmModule.forFeature([BonusEntryRecord, BonusRuleRecord]), ClientsModule],
  controllers: [BonusesController],
  providers: [BonusesMergeListener, BonusLedgerService, BonusRulesService],
  exports: [BonusLedgerService],
})
export class BonusesModule {}
