import {
  DOCUMENT_KINDS,
  DocumentKind,
  GenerateDocumentRequest,
  LANGUAGES,
  Language,
  SaveDocumentTemplateRequest,
} from '@switchboard/contracts';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class SaveDocumentTemplateDto implements SaveDocumentTemplateRequest {
  @IsOptional()
  @IsString({ message: 'must be text' })
  @Length(1, 128, { message: 'must be 1 to 128 characters' })
  name?: string;

  @IsString({ message: 'must be the template text' })
  @Length(1, 200_000, { message: 'must be 1 to 200000 characters' })
  body!: string;
}

const LANGUAGE_REASON = `must be one of ${LANGUAGES.join(', ')}`;

export class GenerateDocumentDto implements GenerateDocumentRequest {
  @IsIn(DOCUMENT_KINDS, { message: `must be one of ${DOCUMENT_KINDS.join(', ')}` })
  kind!: DocumentKind;

  @IsOptional()
  @IsIn(LANGUAGES, { message: LANGUAGE_REASON })
  language?: Language;
}

export class DocumentTemplateParams {
  @IsIn(DOCUMENT_KINDS, { message: `must be one of ${DOCUMENT_KINDS.join(', ')}` })
  kind!: DocumentKind;

  @IsIn(LANGUAGES, { message: LANGUAGE_REASON })
  language!: Language;
}

export class DocumentFileQuery {
  @IsOptional()
  @IsIn(['html', 'pdf'], { message: 'must be html or pdf' })
  format: 'html' | 'pdf' = 'pdf';
}
