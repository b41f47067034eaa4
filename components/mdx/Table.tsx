import type { ComponentProps } from 'react';

/**
 * Wide tables scroll inside their own box instead of widening the page on phones; the box takes
 * keyboard focus so it can be scrolled without a mouse.
 */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div className="table-scroll my-6 overflow-x-auto" tabIndex={0}>
      <table {...props} className="my-0" />
    </div>
  );
}
