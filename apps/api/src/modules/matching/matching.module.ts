import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingDataService } from './matching.service';

@Module({ imports: [ApplicantsModule], providers: [MatchingResolver, MatchingDataService], exports: [MatchingDataService] })
export class MatchingModule {}
