/** Strips the trailing zeros PostgreSQL's numeric(18,3) adds: "250000.000" → "250000". (No decorators here: cohort workers import it.) */
export function trimAmount(amount: string): string {
  return amount.includes('.') ? amount.replace(/0+$/, '').replace(/\.$/, '') : amount;
}
