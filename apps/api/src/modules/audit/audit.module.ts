import { Global, Module } from '@nestjs/common';
import { PaginationModule } from '../../common/graphql/keyset';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Global: every service that changes data writes to the audit log. */
@Global()
@Module({ imports: [PaginationModule], providers: [AuditResolver, AuditService], exports: [AuditService] })
export class AuditModule {}
