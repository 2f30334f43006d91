import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { ApplicantsModule } from '../applicants/applicants.module';
import { MatchingModule } from '../matching/matching.module';
import { ReferralExpiryJob } from './referral-expiry.job';
import { ReferralEventResolver, ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [ApplicantsModule, MatchingModule, PaginationModule],
  providers: [ReferralsResolver, ReferralEventResolver, ReferralsService, ReferralExpiryJob],
  exports: [ReferralsService],
})
export class ReferralsModule {}
