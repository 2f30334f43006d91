import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { AuthModule } from '../auth/auth.module';
import { ApplicantsResolver } from './applicants.resolver';
import { ApplicantsService } from './applicants.service';

@Module({ imports: [AuthModule, PaginationModule], providers: [ApplicantsResolver, ApplicantsService], exports: [ApplicantsService] })
export class ApplicantsModule {}
