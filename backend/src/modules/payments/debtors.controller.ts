import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { DebtorsPage } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { today } from '../../core/dates/iso-date';
import { attachmentDisposition } from '../../core/http/content-disposition';
import { PageQuery } from '../../core/http/page.query';
import { debtorsCsv } from './debtors-csv';
import { DebtorsService } from './debtors.service';

/** Who owes money: for supervisors and admins, on screen and as a spreadsheet. */
@Controller('debtors')
@Roles('supervisor', 'admin')
export class DebtorsController {
  constructor(private readonly debtors: DebtorsService) {}

  @Get()
  list(@Query() query: PageQuery): Promise<DebtorsPage> {
    return this.debtors.page(query.page, query.pageSize);
  }

  @Get('export')
  async export(): Promise<StreamableFile> {
    const csv = Buffer.from(debtorsCsv(await this.debtors.all()), 'utf8');
    const disposition = attachmentDisposition(`debtors-${today()}.csv`);
    return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', disposition });
  }
}
