import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClientSummary, DuplicateCheckResponse, DuplicateMatch } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/config.module';
import { toE164 } from '../phone-number';
import { CLIENT_SUMMARY_COLUMNS, CLIENT_SUMMARY_FROM } from '../search/client-summary.sql';
import { SqlParams } from '../../../core/database/sql-params';
import { DuplicateCheckDto } from './dto/duplicate-check.dto';

type MatchRow = ClientSummary & { byPhone: boolean; byEmail: boolean; byTaxId: boolean };

/** Clients already stored with one of the same phones, emails or tax id. */
@Injectable()
export class ClientDuplicatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async find(check: DuplicateCheckDto): Promise<DuplicateCheckResponse> {
    const region = this.config.defaultPhoneRegion;
    const phones = (check.phones ?? []).map((phone) => toE164(phone, region)).filter((e164) => e164 !== null);
    const emails = (check.emails ?? []).map((email) => email.trim().toLowerCase());
    const params = new SqlParams();
    const byPhone = `c.id IN (SELECT client_id FROM client_phones WHERE e164 = ANY(${params.add(phones)}::text[]))`;
    const byEmail = `c.id IN (SELECT client_id FROM client_emails WHERE email = ANY(${params.add(emails)}::text[]))`;
    const byTaxId = `c.tax_id = ${params.add(check.taxId?.trim() || null)}`;
    const rows = (await this.db.query(
      `SELECT ${CLIENT_SUMMARY_COLUMNS}, ${byPhone} AS "byPhone", ${byEmail} AS "byEmail",
              coalesce(${byTaxId}, false) AS "byTaxId"
         ${CLIENT_SUMMARY_FROM}
        WHERE c.deleted_at IS NULL AND c.id <> ${params.add(check.excludeId ?? '00000000-0000-0000-0000-000000000000')}
          AND (${byPhone} OR ${byEmail} OR ${byTaxId})
        ORDER BY c.created_at LIMIT 20`,
      params.values,
    )) as MatchRow[];
    return { duplicates: rows.map(toMatch) };
  }
}

function toMatch({ byPhone, byEmail, byTaxId, ...client }: MatchRow): DuplicateMatch {
  const matchedOn: DuplicateMatch['matchedOn'] = [];
  if (byPhone) matchedOn.push('phone');
  if (byTaxId) matchedOn.push('taxId');
  if (byEmail) matchedOn.push('email');
  return { client, matchedOn };
}
