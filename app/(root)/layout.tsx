import type { ReactNode } from 'react';
import { themeScript } from '@/lib/theme';
import '../globals.css';

export const metadata = {
  title: 'AI大模型创业 · Building a Startup on Large AI Models',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="bg-white text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200">{children}</body>
    </html>
  );
}
