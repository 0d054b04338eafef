import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';

let navigatedInApp = false;

/** One page: sets document.title in the UI language and gives the page its only h1. */
export function Page({ title, lead, children, wide }: { title: string; lead?: ReactNode; children?: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    // After client-side navigation, move focus to the new page's heading so screen readers
    // announce it; on a full page load the browser's own focus handling is kept.
    if (navigatedInApp) ref.current?.focus();
    navigatedInApp = true;
  }, []);
  return (
    <div className={wide ? 'page page-wide' : 'page'}>
      <Heading variant="h1" id="page-title" tabIndex={-1} ref={ref}>
        {title}
      </Heading>
      {lead && <div className="lead">{lead}</div>}
      {children}
    </div>
  );
}

export function Section({ title, id, children }: { title: string; id: string; children?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading variant="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}
