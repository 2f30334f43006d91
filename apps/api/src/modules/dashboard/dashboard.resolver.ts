import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { FIELD_COST } from '../../common/graphql/field-costs';
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
    complexity: FIELD_COST.dashboard,
  })
  @AnySignedIn()
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
    complexity: FIELD_COST.dashboardExport,
  })
  export(
    @Parent() dashboard: DashboardType,
    @Ctx() ctx: RequestContext,
    @Args('table', { type: () => DashboardTable }) table: DashboardTable,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('language', { type: () => String, nullable: true }) language?: string | null,
  ): Promise<FileDownloadType> {
    return exportDashboardTable(dashboard, table, format, language, ctx.locale);
  }
}
