import { Typography } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';

/**
 * Minutes, agendas and decisions are written by users and read by others: raw HTML in the source is dropped
 * (`skipHtml`, no rehype-raw), URLs go through react-markdown's safe-protocol filter, links open apart from
 * the portal without access to it, and images become links (no request leaves the reader's browser unasked).
 */
const COMPONENTS: Components = {
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
    <Typography data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
      <ReactMarkdown skipHtml components={COMPONENTS}>
        {source}
      </ReactMarkdown>
    </Typography>
  );
}
