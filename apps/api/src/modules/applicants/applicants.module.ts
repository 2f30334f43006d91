import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ApplicantsResolver } from './applicants.resolver';
import { ApplicantsService } from './applicants.service';

@Module({ imports: [AuthModule], providers: [ApplicantsResolver, ApplicantsService], exports: [ApplicantsService] })
export class ApplicantsModule {}
