import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { ServicesResolver } from './services.resolver';
import { ServicesService } from './services.service';

@Module({ imports: [PaginationModule], providers: [ServicesResolver, ServicesService], exports: [ServicesService] })
export class ServicesModule {}
