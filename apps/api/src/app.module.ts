import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { Locale } from '@shuraka/domain';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import './common/graphql/enums';
import { AuthGuard } from './common/auth/auth.guard';
import { createErrorFormatter } from './common/errors/format-error';
import { compiledExecutionPlugin } from './common/graphql/compiled-execution.plugin';
import { complexityPlugin } from './common/graphql/complexity.plugin';
import type { RequestContext } from './common/graphql/context';
import { inputHygienePlugin } from './common/graphql/input-hygiene.plugin';
import { createLoaders } from './common/graphql/loaders';
import { MAX_SELECTIONS, operationLimitsRule } from './common/graphql/operation-limits.rule';
import { rateLimitPlugin } from './common/graphql/rate-limit.plugin';
import { LOGGER } from './common/logging/logger';
import { createValidationPipe } from './common/validation/validation.pipe';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DATABASE_URL } from './common/database/database-url';
import { AuthModule } from './modules/auth/auth.module';
import { AuthService } from './modules/auth/auth.service';
import { RateLimits } from './modules/auth/rate-limits';
import { ConsortiaModule } from './modules/consortia/consortia.module';
import { HealthModule } from './modules/health/health.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { ServicesModule } from './modules/services/services.module';
import { UsersModule } from './modules/users/users.module';
import { TimeModule } from './common/time/time.module';
import { JobsModule } from './common/jobs/job-queue';
import { ApplicantsModule } from './modules/applicants/applicants.module';
import { MatchingModule } from './modules/matching/matching.module';
import { ReferralsModule } from './modules/referrals/referrals.module';
import { AllocationModule } from './modules/allocation/allocation.module';
import { AuditModule } from './modules/audit/audit.module';
import { SystemModule } from './modules/system/system.module';
import { QuestionnairesModule } from './modules/questionnaires/questionnaires.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { MeetingFilesModule } from './modules/meetings/files/meeting-files.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
  /** Sees every SQL statement (the N+1 tests count them). */
  sqlLogger?: TypeOrmLogger;
}

/** Feature modules; each owns its resolvers and services. */
export const FEATURE_MODULES = [
  UsersModule,
  AuthModule,
  OrganizationsModule,
  ConsortiaModule,
  ServicesModule,
  HealthModule,
  ApplicantsModule,
  MatchingModule,
  ReferralsModule,
  AllocationModule,
  AuditModule,
  SystemModule,
  QuestionnairesModule,
  NotificationsModule,
  MeetingsModule,
  DashboardModule,
  MeetingFilesModule,
];

/** The same object in Apollo's CommonJS and ES module typings (it is only marked with an internal id). */
const cacheControlDisabled = ApolloServerPluginCacheControlDisabled() as unknown as ApolloServerPlugin;

/** `en` when the client prefers English, Arabic otherwise. */
function localeOf(req: { headers: Record<string, string | string[] | undefined> }): Locale {
  const header = String(req.headers['accept-language'] ?? '');
  return /^\s*en\b/i.test(header) ? 'en' : 'ar';
}

/** Apollo's options: limits, plugins, the contract's error format, and each request's context (user, loaders, locale). */
function configureGraphQL(options: AppModuleOptions, auth: AuthService, limits: RateLimits, dataSource: DataSource): ApolloDriverConfig {
  const { config } = options;
  const formatError = createErrorFormatter(options.logger, !config.isProduction);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.sandbox,
    introspection: config.introspection,
    csrfPrevention: config.GRAPHQL_CSRF_PREVENTION,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Nothing uses automatic persisted queries; off, their cache cannot be filled by strangers.
    persistedQueries: false,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: [
      operationLimitsRule({
        maxDepth: config.GRAPHQL_MAX_DEPTH,
        maxAliases: config.GRAPHQL_MAX_ALIASES,
        maxRootFields: config.GRAPHQL_MAX_ROOT_FIELDS,
        maxSelections: MAX_SELECTIONS,
        introspectionDepthExempt: config.introspection,
      }),
    ],
    // No type or field declares a cache hint; Apollo's default cache-control plugin would wrap every
    // field's resolver to compute a policy nobody reads (seen in the profile under load).
    // The last plugin answers queries and mutations itself (graphql-jit), after the others' didResolveOperation.
    plugins: [inputHygienePlugin(), complexityPlugin(config.GRAPHQL_MAX_COMPLEXITY), rateLimitPlugin(limits), cacheControlDisabled, compiledExecutionPlugin(formatError)],
    formatError,
    context: async ({ req, res }: Pick<RequestContext, 'req' | 'res'>): Promise<RequestContext> => {
      const { user, problem, requestCount } = await auth.authenticate(req);
      return { req, res, user, authProblem: problem, requestCount, loaders: createLoaders(dataSource, user), locale: localeOf(req) };
    },
  };
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TimeModule,
        JobsModule,
        TypeOrmModule.forRoot(dataSourceOptions({ url: options.databaseUrl, logger: options.sqlLogger, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS })),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService, RateLimits, getDataSourceToken()],
          useFactory: (auth: AuthService, limits: RateLimits, dataSource: DataSource): ApolloDriverConfig => configureGraphQL(options, auth, limits, dataSource),
        }),
        ...FEATURE_MODULES,
      ],
      global: true,
      exports: [LOGGER, DATABASE_URL],
      providers: [
        { provide: LOGGER, useValue: options.logger },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
