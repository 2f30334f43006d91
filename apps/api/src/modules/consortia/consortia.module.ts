import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { ConsortiaResolver, ConsortiumMemberResolver } from './consortia.resolver';
import { ConsortiaService } from './consortia.service';

@Module({ imports: [PaginationModule], providers: [ConsortiaResolver, ConsortiumMemberResolver, ConsortiaService] })
export class ConsortiaModule {}
