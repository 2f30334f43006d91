import { graphql } from '../../../gql';

export const DASHBOARD_BREAKDOWN_FIELDS = graphql(`
  fragment DashboardBreakdownFields on DashboardBreakdown {
    key
    label {
      ar
      en
    }
    referrals
    accepted
    declined
    completed
    jobsCreated
    amountDisbursed {
      amount
      currency
    }
  }
`);

export const DASHBOARD_QUERY = graphql(`
  query Dashboard($consortiumId: ID!, $from: Date, $to: Date) {
    dashboard(consortiumId: $consortiumId, from: $from, to: $to) {
      from
      to
      referralsTotal
      referralsByStatus {
        key
        count
      }
      referralsByCategory {
        key
        count
      }
      acceptanceRate
      medianDaysToDecision
      amountDisbursed {
        amount
        currency
      }
      jobsCreated
      questionnaireCompletionRate
      recommendationsOpen
      recommendationsOverdue
      byGovernorate {
        ...DashboardBreakdownFields
      }
      byPartner {
        ...DashboardBreakdownFields
      }
      byMonth {
        ...DashboardBreakdownFields
      }
    }
  }
`);

export const DASHBOARD_EXPORT = graphql(`
  query DashboardExport($consortiumId: ID!, $from: Date, $to: Date, $table: DashboardTable!, $format: ExportFormat!, $language: String) {
    dashboard(consortiumId: $consortiumId, from: $from, to: $to) {
      export(table: $table, format: $format, language: $language) {
        fileName
        contentType
        base64
      }
    }
  }
`);

/** The consortia to pick from: the page keeps those whose dashboard the reader may see (see dashboardConsortia). */
export const DASHBOARD_CONSORTIA = graphql(`
  query DashboardConsortia {
    consortia(first: 100) {
      edges {
        node {
          id
          name {
            ar
            en
          }
          members {
            role
            organization {
              id
            }
          }
        }
      }
    }
  }
`);
