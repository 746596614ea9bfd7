import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { DocumentTemplate } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { DocumentTemplatesService } from './document-templates.service';
import { DocumentTemplateParams, SaveDocumentTemplateDto } from './dto/document.dto';

/** Everyone may read the templates; admins edit one kind's template in one language, or reset it to the default. */
@Controller('document-templates')
export class DocumentTemplatesController {
  constructor(private readonly templates: DocumentTemplatesService) {}

  @Get()
  list(): Promise<DocumentTemplate[]> {
    return this.templates.list();
  }

  @Put(':kind/:language')
  @Roles('admin')
  save(
    @Param() { kind, language }: DocumentTemplateParams,
    @Body() dto: SaveDocumentTemplateDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<DocumentTemplate> {
    return this.templates.save(kind, language, dto, actor.id);
  }

  @Delete(':kind/:language')
  @Roles('admin')
  reset(@Param() { kind, language }: DocumentTemplateParams): Promise<DocumentTemplate> {
    return this.templates.reset(kind, language);
  }
}
