import { SelfServiceRoute, UpdateSelfServiceRoutingRequest } from '@switchboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class SelfServiceRouteDto implements SelfServiceRoute {
  @ValidateIf((_dto, value) => value !== null)
  @Matches(/^[\w.-]{1,64}$/, {
    message: 'must be a queue name of letters, digits, "_", "." and "-" (at most 64) or null',
  })
  queue!: string | null;

  @ValidateIf((_dto, value) => value !== null)
  @IsInt({ message: 'must be a whole number or null' })
  @Min(0, { message: 'must be 0 or more' })
  @Max(1000, { message: 'must be at most 1000' })
  priority!: number | null;
}

export class VipRouteDto extends SelfServiceRouteDto {
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(20, { message: 'may have at most 20 categories' })
  @IsString({ each: true, message: 'must be text' })
  @MinLength(1, { each: true, message: 'must not be empty' })
  @MaxLength(64, { each: true, message: 'must be at most 64 characters each' })
  categories!: string[];
}

export class UpdateSelfServiceRoutingDto implements UpdateSelfServiceRoutingRequest {
  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => SelfServiceRouteDto)
  debtors!: SelfServiceRouteDto;

  @IsDefined({ message: 'is required' })
  @ValidateNested()
  @Type(() => VipRouteDto)
  vip!: VipRouteDto;
}
