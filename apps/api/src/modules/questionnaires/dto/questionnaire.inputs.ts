import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { QuestionType } from '@shuraka/domain';
import { CAPABILITIES, FORM_LIMITS, type Capability } from '@shuraka/xlsform';
import { GraphQLJSON } from 'graphql-scalars';
import { PaginationArgs } from '../../../common/graphql/pagination';
import { DateScalar } from '../../../common/graphql/scalars';
import { LocalizedTextInput, ValidLocalizedText } from '../../../common/validation/validators';
import { AssignmentStatus, CapabilityEnum } from '../questionnaire.type';

/** Longest label, hint or message of a question. */
export const FORM_TEXT_MAX_LENGTH = 4000;

/** An optional expression of a question (relevant, constraint…): a string of at most FORM_LIMITS.maxExpressionLength. */
const OptionalExpression = (description?: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, ...(description ? { description } : {}) }),
    IsOptional(),
    IsString(),
    MaxLength(FORM_LIMITS.maxExpressionLength),
  );

/** Validation of the texts of a form (LocalizedTextInput in the schema; may be blank, e.g. a CALCULATE's label). */
export class FormTextInput {
  @IsOptional() @IsString() @MaxLength(FORM_TEXT_MAX_LENGTH)
  ar?: string | null;

  @IsOptional() @IsString() @MaxLength(FORM_TEXT_MAX_LENGTH)
  en?: string | null;
}

@InputType('ChoiceInput')
export class ChoiceInput {
  @Field()
  @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @Field(() => LocalizedTextInput)
  @ValidateNested() @Type(() => FormTextInput)
  label: FormTextInput;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Extra columns for choice filters: an object of strings' })
  @Allow()
  filters?: Record<string, string> | null;
}

@InputType('QuestionInput')
export class QuestionInput {
  @Field()
  @IsString() @MaxLength(200)
  name: string;

  @Field(() => QuestionType)
  @IsEnum(QuestionType)
  type: QuestionType;

  @Field(() => LocalizedTextInput)
  @ValidateNested() @Type(() => FormTextInput)
  label: FormTextInput;

  @Field(() => Boolean, { nullable: true })
  @IsOptional() @IsBoolean()
  required?: boolean | null;

  @Field(() => [ChoiceInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(FORM_LIMITS.maxChoicesPerQuestion) @ValidateNested({ each: true }) @Type(() => ChoiceInput)
  choices?: ChoiceInput[] | null;

  @OptionalExpression()
  relevant?: string | null;

  @OptionalExpression()
  constraint?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the enclosing GROUP or REPEAT' })
  @IsOptional() @IsString() @MaxLength(200)
  parent?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => FormTextInput)
  hint?: FormTextInput | null;

  @OptionalExpression('Expression: required when true (wins over `required`)')
  requiredIf?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => FormTextInput)
  requiredMessage?: FormTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => FormTextInput)
  constraintMessage?: FormTextInput | null;

  @OptionalExpression()
  calculation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(FORM_TEXT_MAX_LENGTH)
  default?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional() @IsBoolean()
  readOnly?: boolean | null;

  @OptionalExpression()
  choiceFilter?: string | null;

  @OptionalExpression()
  repeatCount?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional() @IsInt() @Min(1) @Max(FORM_LIMITS.maxRepeatEntries)
  maxRepeats?: number | null;

  @Field(() => CapabilityEnum, { nullable: true })
  @IsOptional() @IsIn(CAPABILITIES)
  capability?: Capability | null;

  @Field(() => String, { nullable: true })
  @IsOptional() @IsString() @MaxLength(200)
  listName?: string | null;
}

@InputType('CreateQuestionnaireInput')
export class CreateQuestionnaireInput {
  @Field(() => ID)
  @IsUUID()
  consortiumId: string;

  @Field(() => LocalizedTextInput)
  @ValidLocalizedText()
  title: LocalizedTextInput;

  @Field(() => [QuestionInput])
  @IsArray() @ArrayMaxSize(FORM_LIMITS.maxQuestions) @ValidateNested({ each: true }) @Type(() => QuestionInput)
  questions: QuestionInput[];

  @Field(() => String, { nullable: true, description: 'XLSForm form_id' })
  @IsOptional() @IsString() @MaxLength(200)
  formId?: string | null;

  @Field(() => String, { nullable: true, description: 'ar or en' })
  @IsOptional() @IsIn(['ar', 'en'])
  defaultLanguage?: 'ar' | 'en' | null;
}

@InputType('UpdateQuestionnaireInput', { description: 'Replaces the title and questions of a draft version' })
export class UpdateQuestionnaireInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => LocalizedTextInput)
  @ValidLocalizedText()
  title: LocalizedTextInput;

  @Field(() => [QuestionInput])
  @IsArray() @ArrayMaxSize(FORM_LIMITS.maxQuestions) @ValidateNested({ each: true }) @Type(() => QuestionInput)
  questions: QuestionInput[];
}

@InputType('AnswerInput')
export class AnswerInput {
  @Field()
  @IsString() @MaxLength(200)
  question: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The answer; null clears it. A REPEAT takes its whole list of entries' })
  @Allow()
  value?: unknown;
}

@InputType('SaveQuestionnaireAnswersInput')
export class SaveQuestionnaireAnswersInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => [AnswerInput], { description: 'Merged into the saved answers by question name' })
  @IsArray() @ArrayMaxSize(FORM_LIMITS.maxQuestions) @ValidateNested({ each: true }) @Type(() => AnswerInput)
  answers: AnswerInput[];

  @Field(() => Int, { nullable: true, description: 'The revision the client last saw; CONFLICT (with the current answers) when another save came first' })
  @IsOptional() @IsInt() @Min(0)
  expectedRevision?: number | null;
}

@InputType('AssignQuestionnaireInput')
export class AssignQuestionnaireInput {
  @Field(() => ID)
  @IsUUID()
  questionnaireId: string;

  @Field(() => [ID])
  @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  organizationIds: string[];

  @Field(() => DateScalar, { description: "A day of the consortium's calendar, today or later" })
  @IsString()
  dueOn: string;

  @Field(() => Boolean, { nullable: true, description: 'Every member of the consortium except its lead (organizationIds may then be empty)' })
  @IsOptional() @IsBoolean()
  allMembers?: boolean | null;
}

@InputType('ReopenQuestionnaireResponseInput')
export class ReopenQuestionnaireResponseInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field({ description: 'Shown to the partner' })
  @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;
}

@InputType('QuestionnaireFilter')
export class QuestionnaireFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  consortiumId?: string;

  @Field(() => ID, { nullable: true, description: 'Every version of one questionnaire' })
  @IsOptional() @IsUUID()
  familyId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional() @IsBoolean()
  published?: boolean;
}

@ArgsType()
export class QuestionnairesArgs extends PaginationArgs {
  @Field(() => QuestionnaireFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => QuestionnaireFilter)
  filter?: QuestionnaireFilter;
}

@InputType('QuestionnaireAssignmentFilter')
export class QuestionnaireAssignmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  questionnaireId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  organizationId?: string;

  @Field(() => AssignmentStatus, { nullable: true })
  @IsOptional() @IsEnum(AssignmentStatus)
  status?: AssignmentStatus;
}

@ArgsType()
export class QuestionnaireAssignmentsArgs extends PaginationArgs {
  @Field(() => QuestionnaireAssignmentFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => QuestionnaireAssignmentFilter)
  filter?: QuestionnaireAssignmentFilter;
}
