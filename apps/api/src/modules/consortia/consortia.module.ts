import { Module } from '@nestjs/common';
import { ConsortiaResolver, ConsortiumMemberResolver } from './consortia.resolver';
import { ConsortiaService } from './consortia.service';

@Module({ providers: [ConsortiaResolver, ConsortiumMemberResolver, ConsortiaService] })
export class ConsortiaModule {}
