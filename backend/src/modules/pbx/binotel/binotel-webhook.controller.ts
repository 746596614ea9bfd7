import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { Request } from 'express';
import { Public } from '../../../core/auth/auth.decorators';
import { WEBHOOK_SECRET_HEADER } from '../../../core/auth/webhook-secret-header';
import { BinotelWebhookService } from './binotel-webhook.service';

/**
 * Binotel posts call events here. No bearer token: Binotel cannot send one, so the shared secret (in the
 * `X-Webhook-Secret` header only) and the source-address allow-list authenticate it instead.
 */
@Controller('pbx/binotel')
export class BinotelWebhookController {
  constructor(private readonly webhooks: BinotelWebhookService) {}

  @Public()
  @Post()
  @HttpCode(HttpStatus.OK)
  receive(
    @Body() body: unknown,
    @Headers(WEBHOOK_SECRET_HEADER) secret: string | undefined,
    @Req() request: Request,
  ): Promise<object> {
    return this.webhooks.receive(body, secret, request.socket.remoteAddress);
  }
}
