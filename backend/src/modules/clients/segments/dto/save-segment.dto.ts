import { OmitType } from '@nestjs/mapped-types';
import { SaveClientSegmentRequest } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { ListClientsQuery } from '../../dto/list-clients.query';

/** A filter as the registry sends it, without sort and paging. */
export class SegmentFilterDto extends OmitType(ListClientsQuery, [
  'sort',
  'order',
  'page',
  'pageSize',
] as const) {}

export class SaveSegmentDto implements SaveClientSegmentRequest {
  @IsString({ message: 'must be text' })
  @Length(1, 128, { message: 'must be 1 to 128 characters' })
  name!: string;

  @IsObject({ message: 'must be a filter object' })
  @ValidateNested()
  @Type(() => SegmentFilterDto)
  filter!: SegmentFilterDto;
}
