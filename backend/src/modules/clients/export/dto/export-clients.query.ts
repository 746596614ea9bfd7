import { OmitType } from '@nestjs/mapped-types';
import { IsIn, IsOptional } from 'class-validator';
import { ListClientsQuery } from '../../dto/list-clients.query';

/** The registry's filter and a file format; everything matching is exported, not one page. */
export class ExportClientsQuery extends OmitType(ListClientsQuery, ['page', 'pageSize'] as const) {
  @IsOptional()
  @IsIn(['csv', 'xlsx'], { message: 'must be csv or xlsx' })
  format: 'csv' | 'xlsx' = 'csv';
}
