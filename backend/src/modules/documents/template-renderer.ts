import Handlebars from 'handlebars';
import { DomainError } from '../../core/http/domain-error';

export class TemplateInvalidError extends DomainError {
  constructor(reason: string) {
    super('TEMPLATE_INVALID', 'The template cannot be read', [
      { field: 'body', code: 'INVALID_FORMAT', reason },
    ]);
  }
}

/**
 * A private Handlebars with the few helpers the templates use; values are HTML-escaped. The built-in
 * `log` helper is removed: a template must not write to the server's log.
 */
const handlebars = Handlebars.create();
handlebars.unregisterHelper('log');
handlebars.registerHelper('inc', (value: number) => value + 1);

/** Checks a template compiles; a syntax error answers 400 naming `body`. */
export function compileTemplate(body: string): Handlebars.TemplateDelegate {
  try {
    const template = handlebars.compile(body, { strict: false });
    template({});
    return template;
  } catch (error) {
    throw new TemplateInvalidError(
      error instanceof Error ? error.message.split('\n')[0] : 'unreadable template',
    );
  }
}

export function renderTemplate(body: string, context: object): string {
  return compileTemplate(body)(context);
}
