import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AddressAllowList,
  BinotelAdapter,
  BinotelWebhookError,
  PbxAdapter,
  verifyBinotelRequest,
} from '@switchboard/telephony';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { DomainError, ValidationFailedError } from '../../../core/http/domain-error';
import { PBX_ADAPTER } from '../pbx-adapter.provider';

export class WebhookRefusedError extends DomainError {
  constructor(why: string) {
    super('WEBHOOK_REFUSED', `Webhook refused: ${why}`);
  }
}

/** Binotel's webhooks: checked against the shared secret and the address allow-list, then fed to the adapter. */
@Injectable()
export class BinotelWebhookService {
  private readonly logger = new Logger(BinotelWebhookService.name);
  private readonly allowList: AddressAllowList | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PBX_ADAPTER) private readonly adapter: PbxAdapter | null,
  ) {
    const { allowedAddresses } = config.pbx.binotel;
    this.allowList = allowedAddresses.length > 0 ? new AddressAllowList(allowedAddresses) : null;
  }

  async receive(body: unknown, secret: unknown, remoteAddress: string | undefined): Promise<object> {
    if (!(this.adapter instanceof BinotelAdapter)) throw new WebhookRefusedError('PBX_MODE is not binotel');
    const guard = { secret: this.config.pbx.binotel.webhookSecret, allowList: this.allowList };
    const verdict = verifyBinotelRequest(guard, { secret, remoteAddress });
    if (verdict !== 'accepted') {
      this.logger.warn({ verdict, remoteAddress }, 'Refused a Binotel webhook');
      throw new WebhookRefusedError(verdict === 'bad-secret' ? 'wrong secret' : 'address not allowed');
    }
    try {
      const { reply } = await this.adapter.receive(body);
      return reply ?? { status: 'success' };
    } catch (error) {
      if (error instanceof BinotelWebhookError) {
        throw new ValidationFailedError([{ field: error.field, code: 'INVALID', reason: error.problem }]);
      }
      throw error;
    }
  }
}
