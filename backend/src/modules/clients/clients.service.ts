import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client as ClientView } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { ValidationFailedError } from '../../core/http/domain-error';
import { CLIENT_BY_PHONE_SQL } from './client-by-phone.query';
import { Client } from './client.entity';
import { toClientView } from './client.mapper';
import { ClientNotFoundError } from './clients.errors';
import { CreateClientDto } from './dto/create-client.dto';
import { toE164 } from './phone-number';

@Injectable()
export class ClientsService {
  constructor(
    @InjectRepository(Client) private readonly clients: Repository<Client>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(dto: CreateClientDto): Promise<ClientView> {
    const phones = (dto.phones ?? []).map((phone, index) => ({
      label: phone.label ?? null,
      original: phone.number.trim(),
      e164: this.normalize(phone.number, `phones.${index}.number`),
    }));
    const person = dto.kind === 'person';
    const client = this.clients.create({
      kind: dto.kind,
      firstName: person ? (dto.firstName ?? null) : null,
      lastName: person ? (dto.lastName ?? null) : null,
      middleName: person ? (dto.middleName ?? null) : null,
      legalName: dto.legalName ?? null,
      taxId: dto.taxId ?? null,
      displayName: person
        ? [dto.lastName, dto.firstName, dto.middleName].filter(Boolean).join(' ')
        : (dto.legalName ?? ''),
      phones,
    });
    return toClientView(await this.clients.save(client));
  }

  /** The screen-pop look-up: one index probe on the normalized number. */
  async findByPhone(number: string): Promise<ClientView> {
    const e164 = this.normalize(number, 'number');
    const [client] = (await this.clients.query(CLIENT_BY_PHONE_SQL, [e164])) as ClientView[];
    if (!client) throw new ClientNotFoundError(`has the number ${e164}`);
    return client;
  }

  private normalize(number: string, field: string): string {
    const e164 = toE164(number, this.config.defaultPhoneRegion);
    if (!e164) throw new ValidationFailedError([{ field, reason: 'is not a valid phone number' }]);
    return e164;
  }
}
