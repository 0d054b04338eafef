import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { useFormat } from './format';

/** Previous / next paging with the range shown in words. */
export function Pager({
  id,
  total,
  limit,
  offset,
  onOffset,
}: {
  id: string;
  total: number;
  limit: number;
  offset: number;
  onOffset: (o: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <p role="status">{t('pager.range', { from: f.number(from), to: f.number(to), total: f.number(total) })}</p>
      {total > limit && (
        <div className="pager-buttons">
          <Button variant="secondary" id={`${id}-prev`} disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
            {t('pager.previous')}
          </Button>
          <Button variant="secondary" id={`${id}-next`} disabled={to >= total} onClick={() => onOffset(offset + limit)}>
            {t('pager.next')}
          </Button>
        </div>
      )}
    </nav>
  );
}
