import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { DocumentTemplate } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { DocumentTemplatesService } from './document-templates.service';
import { DocumentKindParam, SaveDocumentTemplateDto } from './dto/document.dto';

/** Everyone may read the templates; admins edit them or reset them to the default. */
@Controller('document-templates')
export class DocumentTemplatesController {
  constructor(private readonly templates: DocumentTemplatesService) {}

  @Get()
  list(): Promise<DocumentTemplate[]> {
    return this.templates.list();
  }

  @Put(':kind')
  @Roles('admin')
  save(
    @Param() { kind }: DocumentKindParam,
    @Body() dto: SaveDocumentTemplateDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<DocumentTemplate> {
    return this.templates.save(kind, dto, actor.id);
  }

  @Delete(':kind')
  @Roles('admin')
  reset(@Param() { kind }: DocumentKindParam): Promise<DocumentTemplate> {
    return this.templates.reset(kind);
  }
}
