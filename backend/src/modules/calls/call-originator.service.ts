import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OriginateCallResponse } from '@switchboard/contracts';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { ValidationFailedError } from '../../core/http/domain-error';
import { ClientsService } from '../clients/clients.service';
import { NoExtensionError } from '../users/users.errors';
import { PbxService } from '../pbx/pbx.service';
import { ExtensionDirectory } from '../users/extension-directory.service';
import { callIdOf } from './call-id';
import { CallRecorder } from './call-recorder.service';
import { OriginateCallDto } from './dto/originate-call.dto';
import { ScreenPopService } from './pop/screen-pop.service';

/**
 * Click-to-call: the PBX rings the agent's own phone, then dials the number. The call is stored and popped
 * on the agent's console as soon as the PBX accepts it, before any of its events arrive.
 */
@Injectable()
export class CallOriginator {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pbx: PbxService,
    private readonly directory: ExtensionDirectory,
    private readonly clients: ClientsService,
    private readonly recorder: CallRecorder,
    private readonly pops: ScreenPopService,
  ) {}

  async originate(dto: OriginateCallDto, user: AuthenticatedUser): Promise<OriginateCallResponse> {
    const agent = this.directory.extensionOf(user.id);
    if (!agent) throw new NoExtensionError();
    const number = this.clients.normalizePhone(dto.number);
    if (!number)
      throw new ValidationFailedError([
        { field: 'number', code: 'INVALID_FORMAT', reason: 'is not a valid phone number' },
      ]);
    const client = dto.clientId ? await this.clients.get(dto.clientId) : null;
    const pbxCallId = await this.pbx.originate({
      callId: randomUUID(),
      agent,
      number: dialable(number),
      callerName: client?.displayName,
    });
    const callId = callIdOf(this.config.pbx.id, pbxCallId);
    await this.recorder.handle({
      type: 'call.started',
      callId: pbxCallId,
      at: new Date(),
      direction: 'outbound',
      callerNumber: agent,
      calleeNumber: number,
      queue: null,
    });
    await this.pops.popOutbound(callId, user.id, number);
    return { callId };
  }
}

/** Trunks take digits: `+380671234567` is dialled as `380671234567`. */
function dialable(e164: string): string {
  return e164.replace(/^\+/, '');
}
