export type PageLinks = { file: string; ids: Set<string>; hrefs: string[] };

/** Every id and every <a href> of an exported HTML page (our own markup: attribute order is stable). */
export function scanPage(file: string, html: string): PageLinks {
  // Skip the React flight data in <script> tags: it repeats the markup as JSON.
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const ids = new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
  const hrefs = [...markup.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
  return { file, ids, hrefs };
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export type LinkProblem = { file: string; href: string; reason: string };

/**
 * Checks links of one page against the set of exported pages: internal paths must be a page
 * (or file) that exists, fragments must be an id on the target page, external links must be
 * well-formed https URLs. `pageAt` maps a site path ("/zh/x/") to its scanned page.
 */
export function checkLinks(page: PageLinks, pagePath: string, pageAt: (path: string) => PageLinks | 'file' | undefined): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const href of page.hrefs) {
    const fail = (reason: string) => problems.push({ file: page.file, href, reason });
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
      if (href.startsWith('mailto:')) continue;
      if (!href.startsWith('https://')) fail('external links must use https');
      else {
        try {
          const u = new URL(href);
          if (!u.hostname.includes('.')) fail('not a public host');
        } catch {
          fail('malformed URL');
        }
      }
      continue;
    }
    const [pathAndQuery = '', fragment] = href.split('#') as [string, string | undefined];
    const path = pathAndQuery.split('?')[0]!;
    const target = path === '' ? page : pageAt(path.startsWith('/') ? path : new URL(path, `http://x${pagePath}`).pathname);
    if (!target) {
      fail('no such page');
      continue;
    }
    if (fragment !== undefined && fragment !== '' && target !== 'file') {
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        fail('malformed fragment');
        continue;
      }
      if (!target.ids.has(id)) fail(`no id "${id}" on the target page`);
    }
  }
  return problems;
}
