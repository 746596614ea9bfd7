import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DOCUMENT_KINDS, DocumentKind, DocumentTemplate, LANGUAGES, Language } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { defaultTemplate } from './default-templates';
import { DocumentTemplateRecord } from './document-template.entity';
import { SaveDocumentTemplateDto } from './dto/document.dto';
import { compileTemplate } from './template-renderer';

const EPOCH = new Date(0).toISOString();

/** One template per document kind and language: the admin's version when there is one, else the default. */
@Injectable()
export class DocumentTemplatesService {
  constructor(
    @InjectRepository(DocumentTemplateRecord) private readonly templates: Repository<DocumentTemplateRecord>,
  ) {}

  /** Kind by kind, each in every language. */
  async list(): Promise<DocumentTemplate[]> {
    const stored = new Map((await this.templates.find()).map((row) => [`${row.kind}/${row.language}`, row]));
    return DOCUMENT_KINDS.flatMap((kind) =>
      LANGUAGES.map((language) => this.view(kind, language, stored.get(`${kind}/${language}`))),
    );
  }

  async get(kind: DocumentKind, language: Language): Promise<DocumentTemplate> {
    return this.view(kind, language, await this.templates.findOneBy({ kind, language }));
  }

  async save(
    kind: DocumentKind,
    language: Language,
    dto: SaveDocumentTemplateDto,
    actorId: string,
  ): Promise<DocumentTemplate> {
    compileTemplate(dto.body);
    const name = dto.name?.trim() || defaultTemplate(kind, language).name;
    await this.templates.save({ kind, language, name, body: dto.body, updatedBy: { id: actorId } });
    return this.get(kind, language);
  }

  async reset(kind: DocumentKind, language: Language): Promise<DocumentTemplate> {
    await this.templates.delete({ kind, language });
    return this.get(kind, language);
  }

  private view(
    kind: DocumentKind,
    language: Language,
    row: DocumentTemplateRecord | null | undefined,
  ): DocumentTemplate {
    return row
      ? { kind, language, name: row.name, body: row.body, updatedAt: row.updatedAt.toISOString() }
      : { kind, language, ...defaultTemplate(kind, language), updatedAt: EPOCH };
  }
}
