import { Inject, Injectable, Logger } from '@nestjs/common';
import { Language, SelfServiceChoice } from '@switchboard/contracts';
import { AgiChannel } from '@switchboard/telephony';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { callIdOf } from '../calls/call-id';
import { CallerFacts } from './caller-facts';
import { PromptFiles } from '../../core/speech/prompt-files.service';
import { SelfServiceCallers } from './selfservice-callers.service';
import { SelfServiceChoices } from './selfservice-choices.service';
import { routeFor } from './selfservice-routing';
import { SelfServiceSettingsService } from './selfservice-settings.service';
import { SpokenTopic, answerText, menuText, toOperatorText } from './spoken-texts';

const TOPICS: Record<string, SpokenTopic> = { '1': 'order', '2': 'debt', '3': 'bonus' };
/** Digits that stop an answer to choose again at once. */
const MENU_DIGITS = '0123';
/** How long the caller has to press a digit after the menu. */
const DIGIT_WAIT_MS = 5000;
/** Menus played at most, and in a row without a key pressed, before the caller goes to an operator. */
const MAX_MENUS = 6;
const MAX_SILENT_MENUS = 2;
/** The caller hears silence while they are looked up: past this they go to the queue instead. */
const LOOKUP_MS = 3000;

/**
 * One caller's way through the crm-selfservice menu (the FastAGI script `selfservice`). Unknown numbers get
 * nothing said or set, so the dialplan queues them at once. Known callers hear the menu in their language,
 * get the admins' queue and priority, and leave their last choice in SB_IVR_CHOICE and for the pop.
 */
@Injectable()
export class SelfServiceDialogue {
  private readonly logger = new Logger(SelfServiceDialogue.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly callers: SelfServiceCallers,
    private readonly settings: SelfServiceSettingsService,
    private readonly prompts: PromptFiles,
    private readonly choices: SelfServiceChoices,
  ) {}

  async run(channel: AgiChannel): Promise<void> {
    const e164 = this.callers.normalize(channel.request.callerId);
    const facts = e164 ? await this.lookUp(e164, channel.request.uniqueId) : null;
    if (!facts) return;
    const linkedid = (await channel.getVariable('CHANNEL(linkedid)')) || channel.request.uniqueId;
    const callId = callIdOf(this.config.pbx.id, linkedid);
    await this.route(channel, facts);
    const choice = await this.menu(channel, facts, (next) => this.record(channel, callId, next));
    this.logger.log({ callId, clientId: facts.clientId, choice }, 'Self-service menu finished');
  }

  private async lookUp(e164: string, uniqueId: string): Promise<CallerFacts | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        this.logger.warn({ uniqueId }, 'Caller look-up too slow: straight to the queue');
        resolve(null);
      }, LOOKUP_MS);
    });
    try {
      return await Promise.race([this.callers.facts(e164), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** SB_QUEUE and SB_PRIORITY first: a caller who leaves the menu early still gets the rule. */
  private async route(channel: AgiChannel, facts: CallerFacts): Promise<void> {
    const route = routeFor(facts, await this.settings.routing());
    if (route.queue !== null) await channel.setVariable('SB_QUEUE', route.queue);
    if (route.priority !== null) await channel.setVariable('SB_PRIORITY', String(route.priority));
  }

  private async menu(
    channel: AgiChannel,
    facts: CallerFacts,
    record: (choice: SelfServiceChoice) => Promise<void>,
  ): Promise<SelfServiceChoice | null> {
    const language = facts.language;
    let choice: SelfServiceChoice | null = null;
    let pressed: string | null = null;
    let silent = 0;
    for (let menus = 0; menus < MAX_MENUS && silent < MAX_SILENT_MENUS; menus++) {
      // A digit pressed during an answer is the next choice: the menu is not played again for it.
      const digit = pressed ?? (await this.ask(channel, language));
      pressed = null;
      if (digit === null || digit === '0') break;
      if (digit === '') {
        silent++;
        continue;
      }
      silent = 0;
      const topic = TOPICS[digit];
      if (!topic) continue;
      choice = topic;
      await record(topic);
      const answer = await this.prompts.prompt(answerText(topic, facts), language);
      const playback = await channel.streamFile(answer, MENU_DIGITS);
      if (playback.failed) break;
      if (playback.digit === '0') break;
      pressed = playback.digit;
    }
    // A caller who hung up goes nowhere: nothing more to say or to remember.
    if (channel.hungUp) return choice;
    if (choice === null) {
      choice = 'operator';
      await record(choice);
    }
    await channel.streamFile(await this.prompts.prompt(toOperatorText(language), language), '');
    return choice;
  }

  /** Plays the menu and waits for one digit: '' when none came, null when the PBX could not play it. */
  private async ask(channel: AgiChannel, language: Language): Promise<string | null> {
    const heard = await channel.getData(
      await this.prompts.prompt(menuText(language), language),
      DIGIT_WAIT_MS,
      1,
    );
    return heard.failed ? null : heard.digits;
  }

  private async record(channel: AgiChannel, callId: string, choice: SelfServiceChoice): Promise<void> {
    await this.choices.remember(callId, choice);
    await channel.setVariable('SB_IVR_CHOICE', choice);
  }
}
