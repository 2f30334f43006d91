import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';

// TEMPORARY until i8-notify's remindQuestionnaireAssignees is in the schema (then a graphql() document).
export const BOARD_REMIND: TypedDocumentNode<{ remindQuestionnaireAssignees: number }, { questionnaireId: string }> = parse(`
  mutation BoardRemind($questionnaireId: ID!) {
    remindQuestionnaireAssignees(questionnaireId: $questionnaireId)
  }
`);
