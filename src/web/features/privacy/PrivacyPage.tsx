import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Loading, Page, Section } from '../../app/Page';
import { rolesOf, useMe } from '../../app/session';
import { AccessLogSection } from './AccessLogSection';
import { ConsentsSection } from './ConsentsSection';
import { EraseAccountSection } from './EraseAccountSection';

function MyData({ isTalent }: { isTalent: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('privacy.data.lead')}</p>
      <ul className="privacy-downloads">
        <li>
          <a href="/api/privacy/export?format=html" download>
            {t('privacy.data.html')}
          </a>
          <span className="muted">{t('privacy.data.htmlHint')}</span>
        </li>
        <li>
          <a href="/api/privacy/export?format=json" download>
            {t('privacy.data.json')}
          </a>
          <span className="muted">{t('privacy.data.jsonHint')}</span>
        </li>
      </ul>
      <p>{t('privacy.data.correct')}</p>
      <ul className="plain-links privacy-correct">
        {isTalent && (
          <li>
            <RLink to="/profile">{t('privacy.data.profileLink')}</RLink>
          </li>
        )}
        <li>
          <RLink to="/account">{t('privacy.data.accountLink')}</RLink>
        </li>
      </ul>
    </>
  );
}

/** The person's own data protection page: consents, download, access log and deletion. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return <Loading />;
  const isTalent = rolesOf(me).has('talent');
  return (
    <Page title={t('privacy.title')} lead={<p>{isTalent ? t('privacy.leadTalent') : t('privacy.lead')}</p>}>
      {isTalent && (
        <Section title={t('privacy.consents.heading')} id="privacy-consents">
          <ConsentsSection />
        </Section>
      )}
      <Section title={t('privacy.data.heading')} id="privacy-data">
        <MyData isTalent={isTalent} />
      </Section>
      <Section title={t('privacy.log.heading')} id="privacy-log">
        <p>{t('privacy.log.lead')}</p>
        <AccessLogSection captionId="privacy-log" />
      </Section>
      <Section title={t('privacy.erase.heading')} id="privacy-erase">
        <EraseAccountSection email={me.email} isTalent={isTalent} />
      </Section>
    </Page>
  );
}
