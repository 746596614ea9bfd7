import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Page, Product as ProductView } from '@switchboard/contracts';
import { In, Repository } from 'typeorm';
import { escapeLike } from '../../core/database/sql-params';
import { ValidationFailedError } from '../../core/http/domain-error';
import { formatMoney, parseMoney } from '../../core/money/money';
import { ProductNotFoundError } from './catalogue.errors';
import { ListProductsQuery, SaveProductDto, UpdateProductDto } from './dto/product.dto';
import { Product } from './product.entity';

const toView = (product: Product): ProductView => ({
  id: product.id,
  name: product.name,
  sku: product.sku,
  category: product.category,
  unit: product.unit,
  price: formatMoney(product.priceMinor),
  vatRate: product.vatRate,
  active: product.active,
});

function priceMinor(price: string): number {
  const minor = parseMoney(price);
  if (minor === null || minor < 0) {
    throw new ValidationFailedError([
      { field: 'price', code: 'INVALID_FORMAT', reason: 'must be an amount of 0 or more, like 1250.00' },
    ]);
  }
  return minor;
}

/** Products and services the orders are priced from. */
@Injectable()
export class ProductsService {
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

  async list(query: ListProductsQuery): Promise<Page<ProductView>> {
    const builder = this.products.createQueryBuilder('p').orderBy('p.name', 'ASC');
    if (query.q) builder.andWhere('p.name ILIKE :q', { q: `%${escapeLike(query.q)}%` });
    if (query.category) builder.andWhere('p.category = :category', { category: query.category });
    if (query.active !== undefined) builder.andWhere('p.active = :active', { active: query.active });
    const [rows, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  /** Active products by id, for pricing order lines. */
  activeByIds(ids: string[]): Promise<Product[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.products.findBy({ id: In(ids), active: true });
  }

  async create(dto: SaveProductDto): Promise<ProductView> {
    const { price, ...fields } = dto;
    return toView(
      await this.products.save(this.products.create({ ...fields, priceMinor: priceMinor(price) })),
    );
  }

  async update(id: string, dto: UpdateProductDto): Promise<ProductView> {
    const product = await this.products.findOneBy({ id });
    if (!product) throw new ProductNotFoundError(id);
    const { price, ...fields } = dto;
    Object.assign(
      product,
      Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
    );
    if (price !== undefined) product.priceMinor = priceMinor(price);
    return toView(await this.products.save(product));
  }
}
