import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingDataService } from './matching.service';
import { RankingService } from './ranking.service';

@Module({ imports: [ApplicantsModule], providers: [MatchingResolver, MatchingDataService, RankingService], exports: [MatchingDataService] })
export class MatchingModule {}
