import { PartialType } from '@nestjs/mapped-types';
import { ProductListQuery, SaveProductRequest } from '@switchboard/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '../../../core/http/page.query';

const IS_TEXT = { message: 'must be text' };

export class SaveProductDto implements SaveProductRequest {
  @IsString(IS_TEXT)
  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name!: string;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 64, { message: 'must be at most 64 characters' })
  sku?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(0, 64, { message: 'must be at most 64 characters' })
  category?: string | null;

  @IsOptional()
  @IsString(IS_TEXT)
  @Length(1, 16, { message: 'must be 1 to 16 characters' })
  unit?: string;

  /** Checked and read exactly by the service. */
  @IsString({ message: 'must be an amount like 1250.00' })
  price!: string;

  @IsOptional()
  @IsInt({ message: 'must be a whole percent' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(100, { message: 'must be 100 or less' })
  vatRate?: number;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  active?: boolean;
}

export class UpdateProductDto extends PartialType(SaveProductDto) {}

export class ListProductsQuery extends PageQuery implements ProductListQuery {
  @IsOptional()
  @IsString(IS_TEXT)
  @MaxLength(64, { message: 'must be at most 64 characters' })
  q?: string;

  @IsOptional()
  @IsString(IS_TEXT)
  category?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  active?: boolean;
}
