import { htmlLang, langs, type Lang } from '@/lib/i18n/langs';
import { getT } from '@/lib/i18n';
import { basePath } from '@/lib/site';
import { chooserRedirectScript } from '@/lib/language-choice';
import { routes } from '@/lib/routes';

// The choice happens in the browser before paint; without JavaScript the page offers every edition.
const chooseScript = chooserRedirectScript(basePath);

export default function RootPage() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-8 px-6 py-16">
      <script dangerouslySetInnerHTML={{ __html: chooseScript }} />
      {langs.map((lang: Lang) => {
        const t = getT(lang);
        return (
          <section key={lang} lang={htmlLang[lang]} className="space-y-2">
            <h1 className="text-2xl font-bold">
              {t('book.title')}
              <span className="block text-lg font-normal text-slate-500 dark:text-slate-400">{t('book.subtitle')}</span>
            </h1>
            <a
              href={`${basePath}${routes.home(lang)}`}
              className="inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
            >
              {t('lang.name')} →
            </a>
          </section>
        );
      })}
    </main>
  );
}
