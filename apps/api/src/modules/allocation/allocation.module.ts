import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { MatchingModule } from '../matching/matching.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { AllocationFieldsResolver, AllocationResolver, UnassignedApplicantResolver } from './allocation.resolver';
import { AllocationService } from './allocation.service';

@Module({ imports: [MatchingModule, ReferralsModule, PaginationModule], providers: [AllocationResolver, AllocationFieldsResolver, UnassignedApplicantResolver, AllocationService] })
export class AllocationModule {}
