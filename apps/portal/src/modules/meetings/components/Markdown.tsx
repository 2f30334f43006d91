import { Typography } from '@mantine/core';
import { createElement, type HTMLAttributes } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';

/**
 * Each block takes the direction of its own text: Arabic minutes read right to left on an English page too.
 * List items follow their list (a list whose items all chose their own direction would find no text to go by).
 */
function autoDirection(tag: 'p' | 'ul' | 'ol' | 'blockquote' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6') {
  return function AutoDirection({ node: _node, ...props }: HTMLAttributes<HTMLElement> & ExtraProps) {
    return createElement(tag, { dir: 'auto', ...props });
  };
}

/**
 * Minutes, agendas and decisions are written by users and read by others: raw HTML in the source is dropped
 * (`skipHtml`, no rehype-raw), URLs go through react-markdown's safe-protocol filter, links open apart from
 * the portal without access to it, and images become links (no request leaves the reader's browser unasked).
 */
const COMPONENTS: Components = {
  p: autoDirection('p'),
  ul: autoDirection('ul'),
  ol: autoDirection('ol'),
  blockquote: autoDirection('blockquote'),
  h1: autoDirection('h1'),
  h2: autoDirection('h2'),
  h3: autoDirection('h3'),
  h4: autoDirection('h4'),
  h5: autoDirection('h5'),
  h6: autoDirection('h6'),
  a: ({ node: _node, href, children, ...props }) => (
    <a {...props} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer">
        {alt || src}
      </a>
    ) : (
      <>{alt}</>
    ),
};

export function Markdown({ source, testId }: { source: string; testId?: string }) {
  return (
    <Typography data-testid={testId} className="user-markdown" style={{ overflowWrap: 'anywhere' }}>
      <ReactMarkdown skipHtml components={COMPONENTS}>
        {source}
      </ReactMarkdown>
    </Typography>
  );
}
