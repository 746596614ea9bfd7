import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { parseMoney } from '../../core/money/money';
import { BonusLedgerService } from '../bonuses/bonus-ledger.service';
import { ClientNotFoundError } from '../clients/clients.errors';
import { ClientsService } from '../clients/clients.service';
import { FinanceService } from '../payments/finance.service';
import { CallerFacts } from './caller-facts';
import { callerLanguage } from './caller-language';

/** Who is calling, in what the menu may tell them: one card look-up, then the figures in parallel. */
@Injectable()
export class SelfServiceCallers {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ClientsService,
    private readonly finance: FinanceService,
    private readonly bonuses: BonusLedgerService,
  ) {}

  /** The E.164 form of the number the PBX gave; null for none (anonymous, or not a phone number). */
  normalize(callerId: string | null): string | null {
    return callerId ? this.clients.normalizePhone(callerId) : null;
  }

  /** What is known about the caller of `e164`; null for a number no client has. */
  async facts(e164: string): Promise<CallerFacts | null> {
    const card = await this.clients.findByPhone(e164).catch((error: unknown) => {
      if (error instanceof ClientNotFoundError) return null;
      throw error;
    });
    if (!card) return null;
    const [finance, nextDue, bonusMinor] = await Promise.all([
      this.finance.client(card.id),
      this.finance.nextDueDate(card.id),
      this.bonuses.balanceMinor(card.id),
    ]);
    const language = callerLanguage(e164, card.customFields, this.config.defaultLanguage);
    // Open orders come newest first.
    const latest = finance.openOrders[0];
    return {
      clientId: card.id,
      category: card.category,
      language,
      currency: finance.debt.currency,
      latestOrderStage: latest ? (latest.stageNameTranslations[language] ?? latest.stageName) : null,
      debtMinor: parseMoney(finance.debt.total) ?? 0,
      overdueMinor: parseMoney(finance.debt.overdue) ?? 0,
      nextDue,
      bonusMinor,
    };
  }
}
