import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { ReferralsModule } from '../referrals/referrals.module';
import { AllocationFieldsResolver, AllocationResolver, UnassignedApplicantResolver } from './allocation.resolver';
import { AllocationService } from './allocation.service';

@Module({ imports: [ReferralsModule, PaginationModule], providers: [AllocationResolver, AllocationFieldsResolver, UnassignedApplicantResolver, AllocationService] })
export class AllocationModule {}
