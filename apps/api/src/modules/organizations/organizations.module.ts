import { Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({ imports: [PaginationModule], providers: [OrganizationsResolver, OrganizationsService], exports: [OrganizationsService] })
export class OrganizationsModule {}
