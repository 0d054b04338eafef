import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, useFormErrors } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { Pager } from '../../app/Pager';
import type { Invitation, Page as ListPage } from '../../app/types';
import { useSearchState } from '../../app/useSearchState';
import { InviteForm } from './InviteForm';
import { useAllOrganisations } from './useAllOrganisations';

const limit = 25;

export function AdminInvitationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const qc = useQueryClient();
  const { offset, set } = useSearchState([] as const);
  const orgs = useAllOrganisations();
  const list = useQuery({
    queryKey: ['invitations', offset],
    queryFn: () => api<ListPage<Invitation>>('GET', `/api/admin/invitations${query({ limit, offset })}`),
    placeholderData: keepPreviousData,
  });
  const errors = useFormErrors();
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/admin/invitations/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['invitations'] }),
    onError: (e) => errors.fromError(e),
  });
  return (
    <Page title={t('admin.invitations.title')} wide>
      <Section title={t('admin.invitations.inviteHeading')} id="invitations-new">
        {orgs.isPending ? <Loading /> : <InviteForm idPrefix="invite" organisations={orgs.data ?? []} />}
      </Section>
      <Section title={t('admin.invitations.listHeading')} id="invitations-list">
        <FormError message={errors.form} />
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <FormError message={{ key: 'errors.server.error' }} />
        ) : list.data.items.length === 0 ? (
          <p>{t('admin.invitations.none')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="stack">
                <caption className="visually-hidden">{t('admin.invitations.listHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.email')}</th>
                    <th scope="col">{t('fields.role')}</th>
                    <th scope="col">{t('fields.organisation')}</th>
                    <th scope="col">{t('admin.invitations.status')}</th>
                    <th scope="col">{t('admin.invitations.created')}</th>
                    <th scope="col">{t('admin.invitations.expires')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((i) => (
                    <tr key={i.id}>
                      <td className="stack-title">{i.email}</td>
                      <td data-label={t('fields.role')}>{t(`roles.${i.role}`)}</td>
                      <td data-label={t('fields.organisation')}>{i.organisationName ?? '–'}</td>
                      <td data-label={t('admin.invitations.status')}>
                        <span className={`status status-${i.status}`}>{t(`admin.invitations.statuses.${i.status}`)}</span>
                      </td>
                      <td data-label={t('admin.invitations.created')}>{f.date(i.createdAt)}</td>
                      <td data-label={t('admin.invitations.expires')}>{f.date(i.expiresAt)}</td>
                      <td>
                        {i.status === 'pending' && (
                          <Button
                            variant="secondary"
                            id={`revoke-invitation-${i.id}`}
                            aria-label={t('admin.invitations.revokeLabel', { email: i.email })}
                            onClick={() => revoke.mutate(i.id)}
                            disabled={revoke.isPending}
                          >
                            {t('admin.invitations.revoke')}
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              id="invitations-pager"
              total={list.data.total}
              limit={limit}
              offset={offset}
              onOffset={(o) => set({ offset: o }, false)}
            />
          </>
        )}
      </Section>
    </Page>
  );
}
