import { Controller, Get } from '@nestjs/common';
import { UserRef } from '@switchboard/contracts';
import { UsersService } from './users.service';

/** Names of active users for pickers (a client's manager); open to every signed-in role. */
@Controller('directory/users')
export class UsersDirectoryController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<UserRef[]> {
    return this.users.directory();
  }
}
