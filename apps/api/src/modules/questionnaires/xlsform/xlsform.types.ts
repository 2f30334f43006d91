import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { QuestionnaireType } from '../questionnaire.type';

@ObjectType('XlsFormRowIssue', { description: 'A problem (or a left-out row) of an XLSForm file, by sheet and spreadsheet row' })
export class XlsFormRowIssueType {
  @Field()
  sheet: string;

  @Field(() => Int, { description: '1-based spreadsheet row; 0 for the whole file or sheet' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column header as written in the file' })
  column?: string | null;

  @Field({ description: 'UNSUPPORTED, SYNTAX, UNKNOWN_REFERENCE or INVALID' })
  code: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  question?: string | null;

  @Field(() => Int, { nullable: true, description: '0-based offset in the expression (SYNTAX, UNKNOWN_REFERENCE)' })
  position?: number | null;
}

@ObjectType('XlsFormImportResult')
export class XlsFormImportResultType {
  @Field(() => QuestionnaireType, { description: 'The new draft (or the replaced draft of the family)' })
  questionnaire: QuestionnaireType;

  @Field(() => [XlsFormRowIssueType], { description: 'Unsupported rows left out because skipUnsupported was asked' })
  skipped: XlsFormRowIssueType[];
}

@InputType('ImportXlsFormInput')
export class ImportXlsFormInput {
  @Field(() => ID)
  @IsUUID()
  consortiumId: string;

  @Field({ description: 'The .xlsx file, base64-encoded (at most 700 KB decoded)' })
  @IsString() @MaxLength(1_000_000)
  fileBase64: string;

  @Field({ description: 'The name of the uploaded file (for messages)' })
  @IsString() @MaxLength(255)
  fileName: string;

  @Field(() => Boolean, { nullable: true, description: 'Import without the unsupported rows (listed in `skipped`) instead of refusing the file' })
  @IsOptional() @IsBoolean()
  skipUnsupported?: boolean;

  @Field(() => ID, { nullable: true, description: 'Import as the next version of this questionnaire (its draft is replaced when the newest version is a draft)' })
  @IsOptional() @IsUUID()
  questionnaireId?: string;
}
