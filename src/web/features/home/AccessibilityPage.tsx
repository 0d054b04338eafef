import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Page, Section } from '../../app/Page';

/** Saavutettavuusseloste: required of public services (Act on the Provision of Digital Services 306/2019). */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('accessibility.title')} lead={<Paragraph>{t('accessibility.lead')}</Paragraph>}>
      <Section title={t('accessibility.status.heading')} id="a11y-status">
        <p>{t('accessibility.status.text')}</p>
      </Section>
      <Section title={t('accessibility.known.heading')} id="a11y-known">
        <ul>
          <li>{t('accessibility.known.item1')}</li>
          <li>{t('accessibility.known.item2')}</li>
        </ul>
      </Section>
      <Section title={t('accessibility.how.heading')} id="a11y-how">
        <p>{t('accessibility.how.text')}</p>
      </Section>
      <Section title={t('accessibility.feedback.heading')} id="a11y-feedback">
        <p>{t('accessibility.feedback.text')}</p>
      </Section>
      <Section title={t('accessibility.enforcement.heading')} id="a11y-enforcement">
        <p>{t('accessibility.enforcement.text')}</p>
        <p>
          <a href="https://www.saavutettavuusvaatimukset.fi" rel="noreferrer">
            saavutettavuusvaatimukset.fi
          </a>
        </p>
      </Section>
      <p className="small">{t('accessibility.updated')}</p>
    </Page>
  );
}
