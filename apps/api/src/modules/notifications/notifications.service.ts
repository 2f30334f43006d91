import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import type { LocalizedText } from '../../common/graphql/common.types';
import { JobQueue } from '../../common/jobs/job-queue';
import { Paginator, type KeysetOrder } from '../../common/graphql/keyset';
import type { Page } from '../../common/graphql/pagination';
import { Mailer } from '../../common/mail/mailer';
import type { MarkNotificationsReadInput, NotificationsArgs } from './dto/notifications.inputs';
import { NotificationEntity } from './notification.entity';
import { NOTIFICATION_MAIL_QUEUE } from './notification-mail.job';

export interface NotificationRequest {
  /** Sent at most once per key, ever (`questionnaire:<assignmentId>:<dueOn>:soon` …). */
  dedupeKey: string;
  userIds: string[];
  kind: string;
  title: LocalizedText;
  body?: LocalizedText | null;
  /** A portal path such as `/assignments/<id>`. */
  link?: string | null;
  /** Also by e-mail (when SMTP_URL is set), after the caller's transaction commits. */
  email?: boolean;
}

const ORDER: KeysetOrder = {
  kind: 'notifications',
  direction: 'DESC',
  keys: [
    { sql: 'n.created_at', type: 'timestamptz' },
    { sql: 'n.id', type: 'uuid' },
  ],
  idColumn: 'n_id',
};

/** In-app notifications: the one writer of `notification` rows, and each user's own list. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly paginator: Paginator,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Notifies the active users among `userIds`, in the caller's transaction (`manager`): the rows exist
   * exactly when the caller's change commits, and so does the e-mail job. Returns false, doing nothing,
   * when `dedupeKey` was used before (by a committed transaction, or one that commits while this waits).
   */
  async notify(manager: EntityManager, request: NotificationRequest): Promise<boolean> {
    if (!request.title.ar && !request.title.en) throw new Error('a notification needs a title');
    if (request.link && !request.link.startsWith('/')) throw new Error('a notification links to a portal path');
    const inserted: unknown[] = await manager.query(
      'INSERT INTO notification_dispatch (key) VALUES ($1) ON CONFLICT (key) DO NOTHING RETURNING key',
      [request.dedupeKey],
    );
    if (inserted.length === 0) return false;
    if (request.userIds.length === 0) return true;
    const email = Boolean(request.email) && this.mailer.configured;
    await manager.query(
      `INSERT INTO notification (user_id, kind, title_ar, title_en, body_ar, body_en, link, email_pending)
       SELECT u.id, $2, $3, $4, $5, $6, $7, $8 FROM app_user u WHERE u.id = ANY($1::uuid[]) AND u.active`,
      [
        [...new Set(request.userIds)],
        request.kind,
        request.title.ar ?? null,
        request.title.en ?? null,
        request.body?.ar ?? null,
        request.body?.en ?? null,
        request.link ?? null,
        email,
      ],
    );
    // Not started (a script): the scheduled run sends the rows.
    if (email && this.jobs.started) await this.jobs.send(NOTIFICATION_MAIL_QUEUE, {}, manager);
    return true;
  }

  /** The signed-in user's notifications, newest first. */
  async list(user: AuthUser, args: NotificationsArgs): Promise<Page<NotificationEntity>> {
    const query = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId: user.id });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return this.paginator.page(query, ORDER, args);
  }

  async unreadCount(user: AuthUser): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL', [user.id]);
    return (row as { count: number }).count;
  }

  /** Marks the user's own unread notifications (the given ones, or all); returns how many changed. */
  async markRead(user: AuthUser, input: MarkNotificationsReadInput): Promise<number> {
    const all = input.all === true;
    const ids = input.ids ?? null;
    if (all === (ids !== null)) {
      throw AppError.badInput([{ field: ids === null ? 'ids' : 'all', message: 'give either ids or all: true', constraint: 'exactlyOne' }]);
    }
    const [, count] = (await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))`,
      [user.id, all, ids ?? []],
    )) as [unknown, number];
    return count;
  }
}
