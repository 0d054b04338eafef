import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { Page } from './Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={<Paragraph>{t('notFound.text')}</Paragraph>}>
      <p>
        <RLink to="/">{t('notFound.back')}</RLink>
      </p>
    </Page>
  );
}
