import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import { Survey, SurveySummary } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { UuidParam } from '../../core/http/uuid-param';
import { SaveSurveyDto } from './dto/save-survey.dto';
import { SurveysService } from './surveys.service';

/** Admins design surveys; supervisors read them (for the results). */
@Controller('surveys')
@Roles('supervisor', 'admin')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  list(): Promise<SurveySummary[]> {
    return this.surveys.list();
  }

  @Get(':id')
  get(@UuidParam('id') id: string): Promise<Survey> {
    return this.surveys.get(id);
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: SaveSurveyDto): Promise<Survey> {
    return this.surveys.create(dto);
  }

  @Put(':id')
  @Roles('admin')
  update(@UuidParam('id') id: string, @Body() dto: SaveSurveyDto): Promise<Survey> {
    return this.surveys.update(id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@UuidParam('id') id: string): Promise<void> {
    return this.surveys.remove(id);
  }
}
