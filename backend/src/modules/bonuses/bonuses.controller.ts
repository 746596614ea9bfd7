import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { BonusAccount, BonusEntry, BonusRule } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { ClientsService } from '../clients/clients.service';
import { BonusLedgerService } from './bonus-ledger.service';
import { BonusRulesService } from './bonus-rules.service';
import { BonusAdjustmentDto, BonusRuleDto } from './dto/bonus.dto';

@Controller()
export class BonusesController {
  constructor(
    private readonly ledger: BonusLedgerService,
    private readonly rules: BonusRulesService,
    private readonly clients: ClientsService,
  ) {}

  @Get('bonus-rules')
  listRules(): Promise<BonusRule[]> {
    return this.rules.list();
  }

  @Put('bonus-rules')
  @Roles('admin')
  saveRule(@Body() dto: BonusRuleDto): Promise<BonusRule> {
    return this.rules.save(dto);
  }

  @Get('clients/:id/bonuses')
  async account(@UuidParam('id') id: string): Promise<BonusAccount> {
    await this.clients.get(id);
    return this.ledger.account(id);
  }

  @Post('clients/:id/bonuses/adjustments')
  @Roles('supervisor', 'admin')
  async adjust(
    @UuidParam('id') id: string,
    @Body() dto: BonusAdjustmentDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<BonusEntry> {
    await this.clients.get(id);
    return this.ledger.adjust(id, dto.amount, dto.reason, actor.id);
  }
}
