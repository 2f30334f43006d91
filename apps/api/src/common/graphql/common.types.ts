import { Field, ObjectType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { Field as InputField, InputType } from '@nestjs/graphql';
import { IsAmount, IsCurrency } from '../validation/validators';
import { trimAmount } from '../amount';

@ObjectType({ description: 'Text in Arabic and English; at least one is set' })
export class LocalizedText {
  @Field(() => String, { nullable: true, description: 'Arabic text' })
  ar: string | null;

  @Field(() => String, { nullable: true, description: 'English text' })
  en: string | null;
}

@ObjectType({ description: 'An amount of money; `amount` is a decimal string, never a float' })
export class Money {
  @Field({ description: 'Decimal string, e.g. "250000" or "1500.50"' })
  amount: string;

  @Field({ description: 'ISO 4217 currency code, e.g. YER, SAR, USD' })
  currency: string;
}

@InputType('MoneyInput')
export class MoneyInput {
  @InputField({ description: 'Decimal string, e.g. "250000" or "1500.50"' })
  @IsString() @IsAmount()
  amount: string;

  @InputField({ description: 'ISO 4217 currency code' })
  @IsString() @IsCurrency()
  currency: string;
}

export function localized(ar: string | null, en: string | null): LocalizedText {
  return { ar, en };
}

/** Null without an amount or a currency (also when a partial read path did not read them: see referral-page-columns.ts). */
export function toMoney(amount: string | null | undefined, currency: string | null | undefined): Money | null {
  if (amount === null || amount === undefined || currency === null || currency === undefined) return null;
  return { amount: trimAmount(amount), currency };
}
