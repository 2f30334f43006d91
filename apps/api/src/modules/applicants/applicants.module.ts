import { Module } from '@nestjs/common';
import { ApplicantsResolver } from './applicants.resolver';
import { ApplicantsService } from './applicants.service';

@Module({ providers: [ApplicantsResolver, ApplicantsService], exports: [ApplicantsService] })
export class ApplicantsModule {}
