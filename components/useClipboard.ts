'use client';

import { useState } from 'react';

/** Copies text and reports success for two seconds (long enough to read "Copied" / "Link copied"). */
export function useClipboard(): [boolean, (text: string) => Promise<void>] {
  const [done, setDone] = useState(false);
  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      setTimeout(() => setDone(false), 2000);
    } catch {
      // Clipboard refused (insecure context or no permission): the text stays selectable.
    }
  }
  return [done, copy];
}
