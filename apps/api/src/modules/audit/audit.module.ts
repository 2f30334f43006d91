import { Global, Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Global: every service that changes data writes to the audit log. */
@Global()
@Module({ providers: [AuditResolver, AuditService], exports: [AuditService] })
export class AuditModule {}
