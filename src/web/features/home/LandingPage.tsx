import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Paragraph } from 'suomifi-ui-components';
import { Page, Section } from '../../app/Page';
import { useMe } from '../../app/session';
import { ErasedNotice } from '../privacy/ErasedNotice';

export function LandingPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const audiences = ['talent', 'employer', 'counsellor'] as const;
  return (
    <>
      {/* After an account deletion the landing page confirms it. */}
      <ErasedNotice />
      <Page title={t('landing.title')} lead={<Paragraph>{t('landing.lead')}</Paragraph>}>
        <div className="cta-row">
          {me ? (
            <RLink className="button-link" to="/home">
              {t('landing.goHome')}
            </RLink>
          ) : (
            <>
              <RLink className="button-link" to="/sign-up">
                {t('landing.signUp')}
              </RLink>
              <RLink className="button-link secondary" to="/sign-in">
                {t('landing.signIn')}
              </RLink>
            </>
          )}
        </div>
        <Section title={t('landing.forWhom')} id="landing-for-whom">
          <ul className="cards">
            {audiences.map((a) => (
              <li key={a} className="card">
                <h3>{t(`landing.${a}.title`)}</h3>
                <p>{t(`landing.${a}.text`)}</p>
              </li>
            ))}
          </ul>
        </Section>
        <Section title={t('landing.how')} id="landing-how">
          <p>{t('landing.howText')}</p>
        </Section>
      </Page>
    </>
  );
}
