'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * Opens the sidebar (#sidebar) as a drawer on narrow screens. The drawer itself is server-rendered
 * markup styled by html[data-drawer=open]; this button only flips that flag and manages focus.
 */
export function DrawerButton({ openLabel, closeLabel }: { openLabel: string; closeLabel: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const root = document.documentElement;
    const sidebar = document.getElementById('sidebar');
    const backdrop = document.getElementById('drawer-backdrop');
    if (!open) {
      delete root.dataset.drawer;
      return;
    }
    root.dataset.drawer = 'open';
    sidebar?.querySelector<HTMLElement>('a, button, summary')?.focus();
    const close = (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) button.current?.focus();
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close(true);
    const onLink = (e: Event) => (e.target as HTMLElement).closest('a') && close(false);
    const onBackdrop = () => close(true);
    document.addEventListener('keydown', onKey);
    sidebar?.addEventListener('click', onLink);
    backdrop?.addEventListener('click', onBackdrop);
    return () => {
      document.removeEventListener('keydown', onKey);
      sidebar?.removeEventListener('click', onLink);
      backdrop?.removeEventListener('click', onBackdrop);
    };
  }, [open]);

  return (
    <button
      ref={button}
      type="button"
      aria-controls="sidebar"
      aria-expanded={open}
      aria-label={open ? closeLabel : openLabel}
      onClick={() => setOpen((v) => !v)}
      data-testid="drawer-button"
      className="rounded-md p-2 text-slate-600 hover:bg-slate-100 lg:hidden dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path stroke="currentColor" strokeWidth="2" strokeLinecap="round" d="M4 6h16M4 12h16M4 18h16" />
      </svg>
    </button>
  );
}
