export * from "./ast";
export { ExpressionSyntaxError, NAME_PATTERN } from "./lexer";
export { parseExpression, referencePositions } from "./parser";
export { printExpression, referencedNames, decimalText } from "./printer";
