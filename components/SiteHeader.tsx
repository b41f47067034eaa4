import { BookLink as Link } from '@/components/BookLink';
import { getT } from '@/lib/i18n';
import { htmlLang, otherLangs, type Lang } from '@/lib/i18n/langs';
import { withBase } from '@/lib/site';
import { ThemeToggle } from './ThemeToggle.client';
import { LanguageSwitch } from './LanguageSwitch.client';
import { DrawerButton } from './DrawerButton.client';
import { SearchButton } from './search/SearchButton.client';
import { searchLabels } from './search/labels.server';
import { routes } from '@/lib/routes';

/** `path` is the page's path after the language ("large-model-overview/" or ""), identical in both editions. */
export function SiteHeader({ lang, path, withDrawer }: { lang: Lang; path: string; withDrawer: boolean }) {
  const t = getT(lang);
  return (
    <header className="sticky top-0 z-30 h-(--header-height) border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex h-full max-w-screen-2xl items-center gap-2 px-3 sm:px-5">
        {withDrawer && <DrawerButton openLabel={t('nav.openMenu')} closeLabel={t('nav.closeMenu')} />}
        <Link href={routes.home(lang)} className="min-w-0 truncate font-semibold text-slate-900 dark:text-white">
          {t('book.title')}
        </Link>
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <SearchButton lang={lang} labels={searchLabels(lang)} />
          {/* One link per other edition, each named in its own language. */}
          {otherLangs(lang).map((other) => (
            <LanguageSwitch
              key={other}
              href={withBase(routes.page(other, path))}
              hrefLang={htmlLang[other]}
              label={getT(other)('lang.readHere')}
              text={getT(other)('lang.name')}
            />
          ))}
          <ThemeToggle label={t('theme.toggle')} />
        </div>
      </div>
    </header>
  );
}
