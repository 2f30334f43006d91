import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE_RECOMMENDATIONS_QUERY } from '../graphql/recommendations.graphql';
import { LinkedRecommendations } from './OurRecommendations';

/** "Recommendations about this questionnaire" for its page; nothing while there are none (or they cannot load). */
export function QuestionnaireRecommendations({ questionnaireId }: { questionnaireId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(QUESTIONNAIRE_RECOMMENDATIONS_QUERY, { variables: { id: questionnaireId } });
  return <LinkedRecommendations title={t('recommendations.linked.title')} recommendations={data?.questionnaire.recommendations ?? []} />;
}
