// Minimal typings of the two test-only modules used by the expression oracle test (neither ships its own,
// and the project compiles without the DOM library).
declare module 'jsdom' {
  export interface DomElement {
    readonly tagName: string;
    readonly children: ArrayLike<DomElement>;
    readonly textContent: string | null;
  }
  export interface DomWindow {
    readonly document: { readonly documentElement: DomElement };
    readonly [name: string]: unknown;
  }
  export class JSDOM {
    constructor(html: string, options?: { contentType?: string });
    readonly window: DomWindow;
  }
}

declare module 'openrosa-xpath-evaluator' {
  import type { DomElement } from 'jsdom';
  export interface XPathAnswer {
    readonly resultType: number;
    readonly numberValue: number;
    readonly stringValue: string;
    readonly booleanValue: boolean;
  }
  export interface OpenRosaXPathEvaluator {
    evaluate(expression: string, context: DomElement, resolver: null, type: number, result: null): XPathAnswer;
  }
  export default function createEvaluator(): OpenRosaXPathEvaluator;
}
