import { Inject, Injectable } from '@nestjs/common';
import { CallDirection, ScreenPop, SelfServiceOutcome, isSelfServiceChoice } from '@switchboard/contracts';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { ClientsService } from '../../clients/clients.service';
import { ClientHistoryService } from '../../clients/history/client-history.service';
import { FinanceService } from '../../payments/finance.service';
import { ReminderFactsService } from '../../reminders/reminder-facts.service';
import { SelfServiceChoices } from '../../selfservice/selfservice-choices.service';
import { TasksService } from '../../tasks/tasks.service';

const LAST_CONTACTS = 5;
const OPEN_TASKS = 5;

export interface PopRequest {
  callId: string;
  direction: CallDirection;
  /** As the PBX gave it; normalized here. */
  number: string;
  queue: string | null;
  /** SB_IVR_CHOICE as the PBX's events carried it, when they did. */
  selfServiceChoice?: string;
}

/** Everything the business knows about a caller, gathered for the screen-pop: one look-up, then three in parallel. */
@Injectable()
export class ScreenPopBuilder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ClientsService,
    private readonly history: ClientHistoryService,
    private readonly finance: FinanceService,
    private readonly tasks: TasksService,
    private readonly choices: SelfServiceChoices,
    private readonly reminders: ReminderFactsService,
  ) {}

  async build({ callId, direction, number, queue, selfServiceChoice }: PopRequest): Promise<ScreenPop> {
    const e164 = this.clients.normalizePhone(number);
    const client = e164 ? await this.clients.popClient(e164) : null;
    const base = { callId, direction, callerNumber: e164 ?? number, queue, client };
    if (!client) return { ...base, ...this.nothingKnown() };
    const [finance, contacts, tasks, selfService] = await Promise.all([
      this.finance.client(client.id),
      this.history.lastContacts(client.id, LAST_CONTACTS),
      this.tasks.openForClient(client.id, OPEN_TASKS),
      this.selfService(callId, selfServiceChoice),
    ]);
    return {
      ...base,
      openOrders: finance.openOrders.map(
        ({ id, number: orderNumber, stage, stageName, stageNameTranslations, total, currency }) => ({
          id,
          number: orderNumber,
          stage,
          stageName,
          stageNameTranslations,
          total,
          currency,
        }),
      ),
      debt: finance.debt,
      bonusBalance: finance.bonusBalance,
      lastInteractions: contacts,
      openTasks: tasks,
      selfService,
    };
  }

  /**
   * The caller's self-service choice: from the PBX's event, else as the menu remembered it for the call; a reminder
   * call's client who asked for an operator comes with what the call reminded them of.
   */
  private async selfService(callId: string, fromPbx: string | undefined): Promise<SelfServiceOutcome | null> {
    if (isSelfServiceChoice(fromPbx)) return { choice: fromPbx };
    const reminder = await this.reminders.ofChoice(fromPbx).catch(() => null);
    if (reminder) return { choice: 'reminder', reminder };
    // The pop must not fail for a hint: without Redis it goes out without one.
    const remembered = await this.choices.of(callId).catch(() => null);
    return remembered ? { choice: remembered } : null;
  }

  private nothingKnown(): Omit<ScreenPop, 'callId' | 'direction' | 'callerNumber' | 'queue' | 'client'> {
    const currency = this.config.orders.currency;
    return {
      openOrders: [],
      debt: { total: '0.00', overdue: '0.00', currency },
      bonusBalance: '0.00',
      lastInteractions: [],
      openTasks: [],
    };
  }
}
