export { validateForm } from './validate-form';
export type { FormIssue } from './validate-form';
export { evaluateForm, evaluateFormWith, evaluateExpressionAt, initialAnswers, initialEntry } from './evaluate-form';
export type { AnswerIssue, FormState, EvaluateOptions, EvaluatedForm } from './evaluate-form';
export { normaliseValue, answerText, MESSAGES as ANSWER_MESSAGES } from './values';
