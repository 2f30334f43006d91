import { Type } from 'class-transformer';
import {
  IsOptional,
  IsString,
  MaxLength,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { Field, InputType } from '@nestjs/graphql';
import { hasArabicScript, isGovernorateCode, isKnownCurrency, isValidAmount, LIMITS, CURRENCIES } from '@shuraka/domain';

function rule(name: string, message: string, check: (value: unknown, args: ValidationArguments) => boolean) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyKey) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: propertyKey as string,
        options: { message, ...options },
        validator: { validate: check },
      });
}

/** An ISO 3166-2 code from the shared governorate list (e.g. `YE-HD`). */
export const IsGovernorate = rule(
  'isGovernorate',
  'must be a known governorate code such as YE-HD',
  (value) => typeof value === 'string' && isGovernorateCode(value),
);

/** A non-negative decimal string with at most 3 decimals (`250000`, `1500.50`). */
export const IsAmount = rule(
  'isAmount',
  'must be a non-negative decimal number written as a string, such as 250000 or 1500.50',
  (value) => typeof value === 'string' && isValidAmount(value),
);

export const IsCurrency = rule(
  'isCurrency',
  `must be one of ${CURRENCIES.join(', ')}`,
  (value) => typeof value === 'string' && isKnownCurrency(value),
);

/** True for a time zone name the runtime knows (IANA, e.g. `Asia/Aden`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const IsTimeZone = rule('isTimeZone', 'must be an IANA time zone such as Asia/Aden', isTimeZone);

/** The English side of a name in Latin script: Arabic typed there (a common slip) belongs in `ar`. */
export const NoArabicScript = rule(
  'noArabicScript',
  'must be written in Latin letters; Arabic text goes in the Arabic field',
  (value) => value === null || value === undefined || (typeof value === 'string' && !hasArabicScript(value)),
);

/** At least one of `ar` and `en` has text. */
export const AtLeastOneLanguage = rule(
  'atLeastOneLanguage',
  'needs the text in Arabic, English or both',
  (value) => {
    const text = value as { ar?: string | null; en?: string | null } | null | undefined;
    return Boolean(text && (text.ar?.trim() || text.en?.trim()));
  },
);

/** Text a partner writes in two languages (names are limited to 300 characters). */
@InputType('LocalizedTextInput')
export class LocalizedTextInput {
  @Field(() => String, { nullable: true, description: 'Arabic text' })
  @IsOptional() @IsString() @MaxLength(LIMITS.nameMaxLength)
  ar?: string | null;

  @Field(() => String, { nullable: true, description: 'English text' })
  @IsOptional() @IsString() @MaxLength(LIMITS.nameMaxLength) @NoArabicScript()
  en?: string | null;
}

/** Validation of a longer bilingual text (a purpose, a description): LocalizedTextInput in the schema, up to the notes limit. */
export class LongLocalizedTextInput {
  @IsOptional() @IsString() @MaxLength(LIMITS.noteMaxLength)
  ar?: string | null;

  @IsOptional() @IsString() @MaxLength(LIMITS.noteMaxLength)
  en?: string | null;
}

/** Trims a bilingual text and turns blanks into null. */
export function cleanLongText(text?: LongLocalizedTextInput | null): { ar: string | null; en: string | null } {
  return { ar: text?.ar?.trim() || null, en: text?.en?.trim() || null };
}

/** Nested LocalizedTextInput validation: both languages validated, at least one present. */
export function ValidLocalizedText(): PropertyDecorator {
  return (target, key) => {
    ValidateNested()(target, key);
    Type(() => LocalizedTextInput)(target, key);
    AtLeastOneLanguage()(target, key);
  };
}

/** Trims the strings of a LocalizedTextInput and turns blanks into null. */
export function cleanLocalized(text: LocalizedTextInput): { ar: string | null; en: string | null } {
  return cleanLongText(text);
}
