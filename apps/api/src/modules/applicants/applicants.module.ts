import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { ApplicantsResolver } from './applicants.resolver';
import { ApplicantsService } from './applicants.service';

@Module({ imports: [PaginationModule], providers: [ApplicantsResolver, ApplicantsService], exports: [ApplicantsService] })
export class ApplicantsModule {}
