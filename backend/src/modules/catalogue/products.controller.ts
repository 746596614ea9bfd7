import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { Page, Product } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { UuidParam } from '../../core/http/uuid-param';
import { ListProductsQuery, SaveProductDto, UpdateProductDto } from './dto/product.dto';
import { ProductsService } from './products.service';

/** Everyone prices orders from the catalogue; supervisors and admins maintain it. */
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Get()
  list(@Query() query: ListProductsQuery): Promise<Page<Product>> {
    return this.products.list(query);
  }

  @Post()
  @Roles('supervisor', 'admin')
  create(@Body() dto: SaveProductDto): Promise<Product> {
    return this.products.create(dto);
  }

  @Patch(':id')
  @Roles('supervisor', 'admin')
  update(@UuidParam('id') id: string, @Body() dto: UpdateProductDto): Promise<Product> {
    return this.products.update(id, dto);
  }
}
