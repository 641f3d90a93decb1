import './card.css';
import type { HTMLAttributes, ReactNode } from 'react';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** `article` for self-contained items (a program), `section` for a titled part of a page. */
  as?: 'div' | 'article' | 'section' | 'li';
  /** Adds the zellige accent on the card's start edge (priority items, calls to action). */
  accent?: boolean;
  children: ReactNode;
}

export function Card({ as: Tag = 'div', accent = false, className, children, ...rest }: CardProps) {
  const classes = ['card', accent ? 'card--accent' : '', className].filter(Boolean).join(' ');
  return (
    <Tag className={classes} {...rest}>
      {children}
    </Tag>
  );
}
