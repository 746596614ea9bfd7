import { DomainError } from '../../core/http/domain-error';

export class ProductNotFoundError extends DomainError {
  constructor(id: string) {
    super('PRODUCT_NOT_FOUND', `Product ${id} does not exist`);
  }
}
