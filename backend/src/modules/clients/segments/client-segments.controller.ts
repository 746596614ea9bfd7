import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import { ClientSegment } from '@switchboard/contracts';
import { CurrentUser } from '../../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { UuidParam } from '../../../core/http/uuid-param';
import { ClientSegmentsService } from './client-segments.service';
import { SaveSegmentDto } from './dto/save-segment.dto';

/** Every signed-in role may save and reuse filters. */
@Controller('client-segments')
export class ClientSegmentsController {
  constructor(private readonly segments: ClientSegmentsService) {}

  @Get()
  list(): Promise<ClientSegment[]> {
    return this.segments.list();
  }

  @Post()
  create(@Body() dto: SaveSegmentDto, @CurrentUser() actor: AuthenticatedUser): Promise<ClientSegment> {
    return this.segments.create(dto, actor.id);
  }

  @Put(':id')
  update(@UuidParam('id') id: string, @Body() dto: SaveSegmentDto): Promise<ClientSegment> {
    return this.segments.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.segments.remove(id);
  }
}
