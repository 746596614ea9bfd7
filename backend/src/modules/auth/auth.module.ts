import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { SessionAuthenticator } from '../../core/auth/session-authenticator';
import { UsersModule } from '../users/users.module';
import { AccessTokens } from './access-tokens.service';
import { AdminBootstrap } from './admin-bootstrap.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { LoginThrottle } from './login-throttle.service';
import { RolesGuard } from './roles.guard';
import { UserSessionRecord } from './user-session.entity';
import { UserSessionsController } from './user-sessions.controller';
import { UserSessions } from './user-sessions.service';

/** Global: the realtime gateway in core authenticates handshakes through its `SessionAuthenticator`. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([UserSessionRecord]),
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { expiresIn: config.auth.jwtTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, UserSessionsController],
  providers: [
    AuthService,
    AccessTokens,
    { provide: SessionAuthenticator, useExisting: AccessTokens },
    LoginThrottle,
    UserSessions,
    AdminBootstrap,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AccessTokens, SessionAuthenticator, AuthService],
})
export class AuthModule {}
