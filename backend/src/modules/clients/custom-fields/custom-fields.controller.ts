import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { CustomFieldDefinition } from '@switchboard/contracts';
import { Roles } from '../../../core/auth/auth.decorators';
import { UuidParam } from '../../../core/http/uuid-param';
import { CustomFieldsService } from './custom-fields.service';
import { CreateCustomFieldDto, UpdateCustomFieldDto } from './dto/custom-field.dto';

/** Every role reads the definitions (cards and forms show the fields); only admins change them. */
@Controller('client-fields')
export class CustomFieldsController {
  constructor(private readonly fields: CustomFieldsService) {}

  @Get()
  list(): Promise<CustomFieldDefinition[]> {
    return this.fields.list();
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: CreateCustomFieldDto): Promise<CustomFieldDefinition> {
    return this.fields.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  update(@UuidParam('id') id: string, @Body() dto: UpdateCustomFieldDto): Promise<CustomFieldDefinition> {
    return this.fields.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.fields.remove(id);
  }
}
