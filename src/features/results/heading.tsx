import type { HTMLAttributes } from 'react';

/**
 * The level of a report's section headings: 2 on the results screen, 3 where the report is a part
 * of another page's section.
 */
export type HeadingLevel = 2 | 3;

/** A heading of the given level (a section's, or one level below it for its parts). */
export function Heading({
  level,
  ...rest
}: { level: HeadingLevel | 4 } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4';
  return <Tag {...rest} />;
}
