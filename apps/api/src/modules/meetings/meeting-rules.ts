import { CommitteeKind, LIMITS } from '@shuraka/domain';
import { AppError, type FieldError } from '../../common/errors/app-error';
import { isIsoDate } from '../../common/graphql/scalars';

/** Longest texts of meetings, committees and recommendations (characters). */
export const MEETING_LIMITS = {
  title: LIMITS.nameMaxLength,
  location: LIMITS.nameMaxLength,
  person: LIMITS.nameMaxLength,
  /** Agenda, minutes, decisions (Markdown). */
  markdown: 100_000,
  /** A recommendation's text, a committee's mandate, a progress note. */
  text: LIMITS.noteMaxLength,
} as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Collects what is wrong with an input, one entry per field with the message in Arabic and English, and throws them
 * together as BAD_USER_INPUT: the user sees every problem at once.
 */
export class Problems {
  readonly list: FieldError[] = [];

  add(field: string, constraint: string, en: string, ar: string): void {
    this.list.push({ field, constraint, message: en, localized: { ar, en } });
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw AppError.badInput(this.list);
  }

  /** Trimmed text (null when blank), checked against `max`. */
  text(field: string, value: string | null | undefined, max: number, required = false): string | null {
    const text = value?.trim() || null;
    if (required && !text) this.add(field, 'isNotEmpty', 'is required', 'هذا الحقل مطلوب');
    if (text && text.length > max) {
      this.add(field, 'maxLength', `must be at most ${max} characters (it has ${text.length})`, `يجب ألا يزيد على ${max} حرفاً (فيه ${text.length})`);
    }
    return text;
  }

  /** A bilingual text: each language trimmed and checked; with `required`, at least one of them. */
  localized(field: string, value: { ar?: string | null; en?: string | null } | null | undefined, max: number, required: boolean) {
    const ar = this.text(`${field}.ar`, value?.ar, max);
    const en = this.text(`${field}.en`, value?.en, max);
    if (required && !ar && !en) {
      this.add(field, 'atLeastOneLanguage', 'needs the text in Arabic, English or both', 'اكتب النص بالعربية أو الإنجليزية أو بكلتيهما');
    }
    return { ar, en };
  }

  date(field: string, value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    if (!isIsoDate(value)) this.add(field, 'isDate', 'must be a calendar date written YYYY-MM-DD', 'يجب أن يكون تاريخاً بالصيغة YYYY-MM-DD');
    return value;
  }

  /** "HH:MM" (24 hours) or nothing. */
  time(field: string, value: string | null | undefined): string | null {
    const time = value?.trim() || null;
    if (time && !TIME.test(time)) this.add(field, 'isTime', 'must be a time written HH:MM (24 hours), e.g. 09:30', 'يجب أن يكون وقتاً بالصيغة HH:MM (24 ساعة)، مثل 09:30');
    return time;
  }

  timesOrdered(startsAt: string | null, endsAt: string | null): void {
    if (startsAt && endsAt && TIME.test(startsAt) && TIME.test(endsAt) && endsAt <= startsAt) {
      this.add('endsAt', 'isAfterStart', 'must be after the start time', 'يجب أن يكون وقت الانتهاء بعد وقت البدء');
    }
  }

  percent(field: string, value: number | null | undefined): number | null {
    if (value === null || value === undefined) return null;
    if (!Number.isInteger(value) || value < 0 || value > 100) {
      this.add(field, 'isPercent', 'must be a whole number from 0 to 100', 'يجب أن تكون النسبة عدداً صحيحاً من 0 إلى 100');
    }
    return value;
  }

  /** A committee's kind and dates: TEMPORARY needs endsOn; endsOn not before startsOn. */
  committeeDates(kind: CommitteeKind, startsOn: string | null, endsOn: string | null): void {
    if (kind === CommitteeKind.TEMPORARY && !endsOn) {
      this.add('endsOn', 'requiredForTemporary', 'a temporary committee needs an end date', 'اللجنة المؤقتة تحتاج إلى تاريخ انتهاء');
    }
    if (startsOn && endsOn && isIsoDate(startsOn) && isIsoDate(endsOn) && endsOn < startsOn) {
      this.add('endsOn', 'notBeforeStart', 'must not be before the start date', 'يجب ألا يسبق تاريخ الانتهاء تاريخ البدء');
    }
  }

  /** Attendees or members: names required, names and titles within limits. */
  people(field: string, people: Array<{ name: string; organizationId?: string | null; title?: string | null; userId?: string | null }>) {
    return people.map((person, index) => ({
      position: index + 1,
      name: this.text(`${field}.${index}.name`, person.name, MEETING_LIMITS.person, true) ?? '',
      title: this.text(`${field}.${index}.title`, person.title, MEETING_LIMITS.person),
      organizationId: person.organizationId ?? null,
      userId: person.userId ?? null,
    }));
  }
}

/** The field was sent (possibly as an explicit null, which clears it). */
export const sent = <T extends object>(input: T, key: keyof T): boolean => Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined;

/** CONFLICT when the client edited an older version than the stored one (`expectedVersion` not sent or null: no check). */
export function checkVersion(what: string, current: number, expected: number | null | undefined): void {
  if (expected === null || expected === undefined || expected === current) return;
  throw AppError.conflict(`This ${what} changed since you loaded it (version ${current}, you had ${expected}); reload it`, { currentVersion: current });
}
