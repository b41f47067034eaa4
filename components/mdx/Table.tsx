import type { ComponentProps } from 'react';

/** Wide tables scroll inside their own box instead of widening the page on phones. */
export function Table(props: ComponentProps<'table'>) {
  return (
    <div className="my-6 overflow-x-auto">
      <table {...props} className="my-0" />
    </div>
  );
}
