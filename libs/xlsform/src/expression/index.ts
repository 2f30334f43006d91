export * from './ast';
export { ExpressionSyntaxError, NAME_PATTERN } from './lexer';
export { parseExpression, referencePositions } from './parser';
export { printExpression, referencedNames, decimalText } from './printer';
export { NodeSet, evaluateExpression, toText, toNumber, toBoolean, textToNumber, dateToDays, daysToDate, isValidPattern } from './evaluate';
export type { XNode, Value, EvaluationContext } from './evaluate';
