import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExtensionDirectory } from './extension-directory.service';
import { PasswordHasher } from './password-hasher';
import { RoleRoomsListener } from './role-rooms.listener';
import { SessionRevocationListener } from './session-revocation.listener';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersDirectoryController } from './users-directory.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [UsersController, UsersDirectoryController],
  providers: [UsersService, PasswordHasher, ExtensionDirectory, RoleRoomsListener, SessionRevocationListener],
  exports: [UsersService, ExtensionDirectory],
})
export class UsersModule {}
