import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DOCUMENT_KINDS, DocumentKind, DocumentTemplate } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { DEFAULT_TEMPLATES } from './default-templates';
import { DocumentTemplateRecord } from './document-template.entity';
import { SaveDocumentTemplateDto } from './dto/document.dto';
import { compileTemplate } from './template-renderer';

const EPOCH = new Date(0).toISOString();

/** One template per document kind: the admin's version when there is one, else the default. */
@Injectable()
export class DocumentTemplatesService {
  constructor(
    @InjectRepository(DocumentTemplateRecord) private readonly templates: Repository<DocumentTemplateRecord>,
  ) {}

  async list(): Promise<DocumentTemplate[]> {
    const stored = new Map((await this.templates.find()).map((row) => [row.kind, row]));
    return DOCUMENT_KINDS.map((kind) => this.view(kind, stored.get(kind)));
  }

  async get(kind: DocumentKind): Promise<DocumentTemplate> {
    return this.view(kind, await this.templates.findOneBy({ kind }));
  }

  async save(kind: DocumentKind, dto: SaveDocumentTemplateDto, actorId: string): Promise<DocumentTemplate> {
    compileTemplate(dto.body);
    const name = dto.name?.trim() || DEFAULT_TEMPLATES[kind].name;
    await this.templates.save({ kind, name, body: dto.body, updatedBy: { id: actorId } });
    return this.get(kind);
  }

  async reset(kind: DocumentKind): Promise<DocumentTemplate> {
    await this.templates.delete({ kind });
    return this.get(kind);
  }

  private view(kind: DocumentKind, row: DocumentTemplateRecord | null | undefined): DocumentTemplate {
    return row
      ? { kind, name: row.name, body: row.body, updatedAt: row.updatedAt.toISOString() }
      : { kind, ...DEFAULT_TEMPLATES[kind], updatedAt: EPOCH };
  }
}
