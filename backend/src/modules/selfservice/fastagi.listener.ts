import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AgiLogEntry, FastAgiServer } from '@switchboard/telephony';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { SelfServiceDialogue } from './selfservice-dialogue';

/**
 * The FastAGI server Asterisk's crm-selfservice context connects to (`AGI(agi://…:4573/selfservice)`), in
 * the API process and only with PBX_MODE=asterisk. If it cannot listen, self-service is off and says so
 * once: the dialplan then sends every caller straight to the queue, as it does while the API is down.
 */
@Injectable()
export class FastAgiListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(FastAgiListener.name);
  private server: FastAgiServer | null = null;
  /** The port listened on, once listening (AGI_PORT=0 picks one). */
  port: number | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dialogue: SelfServiceDialogue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.pbx.mode !== 'asterisk') return;
    const { agiHost, agiPort } = this.config.selfService;
    const server = new FastAgiServer({
      scripts: { selfservice: (channel) => this.dialogue.run(channel) },
      log: (entry) => this.log(entry),
    });
    try {
      this.port = await server.listen(agiPort, agiHost);
      this.server = server;
      this.logger.log(
        { host: agiHost, port: this.port },
        'FastAGI server listening for the self-service menu',
      );
    } catch (error) {
      this.logger.error(
        { host: agiHost, port: agiPort, reason: error instanceof Error ? error.message : String(error) },
        'FastAGI server could not listen: callers go straight to the queue',
      );
    }
  }

  /** Before Redis and the database close: calls in the menu go on to the queue. */
  async onModuleDestroy(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }

  private log({ level, message, uniqueId, remote }: AgiLogEntry): void {
    const context = { uniqueId, remote };
    if (level === 'error') this.logger.error(context, message);
    else if (level === 'warn') this.logger.warn(context, message);
    else this.logger.debug(context, message);
  }
}
