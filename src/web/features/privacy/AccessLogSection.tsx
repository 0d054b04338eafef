import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, useMessage } from '../../app/forms';
import { Loading } from '../../app/Page';
import { Pager } from '../../app/Pager';
import { problemMessage } from '../../app/problem';
import type { AccessLogRow, Page as ListPage } from '../../app/types';
import { logActionMessage, readerLine } from './privacy';

const limit = 20;

/** Who has read or changed my data: other people's entries in the audit trail about me. */
export function AccessLogSection({ captionId }: { captionId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const msg = useMessage();
  const [offset, setOffset] = useState(0);
  const log = useQuery({
    queryKey: ['privacy', 'access-log', offset],
    queryFn: () => api<ListPage<AccessLogRow>>('GET', `/api/privacy/access-log${query({ limit, offset })}`),
    placeholderData: keepPreviousData,
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <FormError message={problemMessage(log.error)} />;
  if (log.data.total === 0) return <p role="status">{t('privacy.log.empty')}</p>;
  const roleLabel = (r: string) => t(`roles.${r}`);
  return (
    <>
      <div className="table-wrap">
        <table className="stack privacy-log" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('privacy.log.time')}</th>
              <th scope="col">{t('privacy.log.reader')}</th>
              <th scope="col">{t('privacy.log.readerRole')}</th>
              <th scope="col">{t('privacy.log.action')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.items.map((r, i) => (
              <tr key={`${r.at}-${offset + i}`}>
                <td className="stack-title">{f.dateTime(r.at)}</td>
                <td data-label={t('privacy.log.reader')}>{r.reader.name ?? t('privacy.log.noReader')}</td>
                <td data-label={t('privacy.log.readerRole')}>{readerLine(r.reader.roles, r.reader.organisations, roleLabel) || '–'}</td>
                <td data-label={t('privacy.log.action')}>{msg(logActionMessage(r.action))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager id="privacy-log-pager" total={log.data.total} limit={limit} offset={offset} onOffset={setOffset} />
    </>
  );
}
