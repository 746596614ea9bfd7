import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../../core/http/domain-error';
import { ConsoleSettingsService } from '../console-settings/console-settings.service';
import { OrdersService } from '../orders/orders.service';
import { CallEntity } from './call.entity';
import { WrapUpDto } from './dto/wrap-up.dto';

/** Whether a wrap-up may be saved: its code is a configured disposition, its order one of the caller's. */
@Injectable()
export class CallWrapUpValidator {
  constructor(
    private readonly settings: ConsoleSettingsService,
    private readonly orders: OrdersService,
  ) {}

  async check(dto: WrapUpDto, call: CallEntity): Promise<void> {
    const { dispositionCodes } = await this.settings.get();
    if (!dispositionCodes.some((entry) => entry.code === dto.code)) {
      throw new ValidationFailedError([
        { field: 'code', code: 'NOT_ALLOWED', reason: 'is not one of the configured disposition codes' },
      ]);
    }
    if (!dto.orderId) return;
    const order = await this.orders.get(dto.orderId).catch(() => null);
    if (!order || (call.clientId && order.client.id !== call.clientId)) {
      throw new ValidationFailedError([
        { field: 'orderId', code: 'NOT_FOUND', reason: "is not one of the caller's orders" },
      ]);
    }
  }
}
