import { graphql } from '../../../../gql';

export const IMPORT_XLSFORM = graphql(`
  mutation ImportXlsForm($input: ImportXlsFormInput!) {
    importXlsForm(input: $input) {
      questionnaire {
        id
      }
      skipped {
        sheet
        row
        column
        code
        message
        question
      }
    }
  }
`);

export const QUESTIONNAIRE_XLSFORM = graphql(`
  query QuestionnaireXlsForm($id: ID!) {
    questionnaireXlsForm(id: $id) {
      fileName
      contentType
      base64
    }
  }
`);

export const QUESTIONNAIRE_RESPONSES_EXPORT = graphql(`
  query QuestionnaireResponsesExport($questionnaireId: ID!, $format: ExportFormat!, $language: String!) {
    questionnaireResponsesExport(questionnaireId: $questionnaireId, format: $format, language: $language) {
      fileName
      contentType
      base64
    }
  }
`);
