import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role, type Locale } from '@shuraka/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { AppError } from '../../common/errors/app-error';
import type { RequestContext } from '../../common/graphql/context';
import { DateScalar } from '../../common/graphql/scalars';
import { UuidPipe } from '../../common/validation/uuid.pipe';
import { ExportFormat, FileDownloadType } from '../questionnaires/exports/file-download.type';
import { exportDashboardTable } from './dashboard-export';
import { DashboardService } from './dashboard.service';
import { DashboardTable, DashboardType } from './dashboard.types';

@Resolver(() => DashboardType)
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => DashboardType, {
    description: "A consortium's indicators for [from, to] (its calendar, both days included): ADMIN, the lead's staff and the consortium's committee members",
  })
  @Roles(Role.ADMIN, Role.PARTNER_STAFF, Role.COMMITTEE_MEMBER)
  dashboard(
    @CurrentUser() user: AuthUser,
    @Args('consortiumId', { type: () => ID }, UuidPipe) consortiumId: string,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to?: string | null,
  ) {
    return this.dashboards.dashboard(user, consortiumId, from ?? null, to ?? null);
  }

  @ResolveField(() => FileDownloadType, {
    description: 'One table of this dashboard as CSV (UTF-8 with BOM) or XLSX, headers and labels in `language` (ar or en; default: the request language)',
  })
  export(
    @Parent() dashboard: DashboardType,
    @Ctx() ctx: RequestContext,
    @Args('table', { type: () => DashboardTable }) table: DashboardTable,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): Promise<FileDownloadType> {
    if (language && language !== 'ar' && language !== 'en') throw AppError.field('language', 'must be ar or en', 'isIn');
    return exportDashboardTable(dashboard, table, format, (language as Locale | null | undefined) ?? ctx.locale);
  }
}
