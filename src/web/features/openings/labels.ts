import { useTranslation } from 'react-i18next';
import type { Industry, OpeningKind, OpeningStatus, OrganisationSize } from '../../../shared/employer';

/**
 * Labels of the employer vocabularies. Each is written out so that the type checker sees
 * every value has one and the catalog check sees every key.
 */
export function useOpeningLabels() {
  const { t } = useTranslation();
  return {
    kind: (v: OpeningKind) => ({ opening: t('openings.kind.opening'), talent_need: t('openings.kind.talent_need') })[v],
    status: (v: OpeningStatus) =>
      ({ draft: t('openings.status.draft'), published: t('openings.status.published'), closed: t('openings.status.closed') })[v],
    size: (v: OrganisationSize) =>
      ({
        micro: t('openings.size.micro'),
        small: t('openings.size.small'),
        medium: t('openings.size.medium'),
        large: t('openings.size.large'),
      })[v],
    industry: (v: Industry) =>
      ({
        A: t('openings.industry.A'),
        B: t('openings.industry.B'),
        C: t('openings.industry.C'),
        D: t('openings.industry.D'),
        E: t('openings.industry.E'),
        F: t('openings.industry.F'),
        G: t('openings.industry.G'),
        H: t('openings.industry.H'),
        I: t('openings.industry.I'),
        J: t('openings.industry.J'),
        K: t('openings.industry.K'),
        L: t('openings.industry.L'),
        M: t('openings.industry.M'),
        N: t('openings.industry.N'),
        O: t('openings.industry.O'),
        P: t('openings.industry.P'),
        Q: t('openings.industry.Q'),
        R: t('openings.industry.R'),
        S: t('openings.industry.S'),
        T: t('openings.industry.T'),
        U: t('openings.industry.U'),
      })[v],
  };
}
