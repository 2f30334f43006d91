import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { MatchingCatalogues } from './catalogues';
import { MatchingResolver } from './matching.resolver';
import { MatchingDataService } from './matching.service';
import { RankingService } from './ranking.service';

@Module({ imports: [ApplicantsModule], providers: [MatchingResolver, MatchingDataService, MatchingCatalogues, RankingService], exports: [MatchingDataService] })
export class MatchingModule {}
