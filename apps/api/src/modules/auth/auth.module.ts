import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RateLimits } from './rate-limits';
import { TokenService } from './token.service';

@Module({
  imports: [UsersModule],
  providers: [AuthResolver, AuthService, TokenService, RateLimits],
  exports: [AuthService, RateLimits],
})
export class AuthModule {}
