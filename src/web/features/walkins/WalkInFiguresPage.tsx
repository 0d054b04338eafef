import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { ageBands, walkInLanguages, walkInTopics } from '../../../shared/guidance';
import { api, query } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, SelectField } from '../../app/forms';
import { Loading, Page, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { rolesOf, useMe } from '../../app/session';
import { rememberedPoint, useServicePoints, useWalkInLabels, type Figures } from './walkinsApi';
import './walkins.css';

type Breakdown = Figures['points'][number]['total'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The current month and the 23 before it, as YYYY-MM in the hub's time zone. */
function recentMonths(): string[] {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return Array.from({ length: 24 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  });
}

/** Every day of a month (YYYY-MM) as YYYY-MM-DD. */
function daysOf(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: last }, (_, i) => `${month}-${pad(i + 1)}`);
}

function useMonthName() {
  const { locale } = useFormat();
  const tag = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[locale];
  return (month: string) =>
    new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`));
}

/**
 * Walk-in figures of one service point for one month: a summary with breakdowns by topic,
 * language and age band, and the count of each day. Days are the hub's calendar days.
 */
export function WalkInFiguresPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const points = useServicePoints('all');
  const months = recentMonths();
  const monthName = useMonthName();
  const [pointId, setPointId] = useState('');
  const [month, setMonth] = useState(months[0]!);
  const [shown, setShown] = useState<{ pointId: string; month: string } | null>(null);
  const list = points.data ?? [];
  const defaultPoint = list.find((p) => p.id === rememberedPoint()) ?? list[0];
  const chosenPoint = pointId || defaultPoint?.id || '';
  const current = shown ?? (defaultPoint ? { pointId: defaultPoint.id, month: months[0]! } : null);
  const days = current ? daysOf(current.month) : [];
  const figures = useQuery({
    queryKey: ['walk-ins', 'figures', current],
    enabled: Boolean(current),
    queryFn: () =>
      api<Figures>('GET', `/api/walk-ins/figures${query({ servicePointId: current?.pointId, from: days[0], to: days[days.length - 1] })}`),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (chosenPoint) setShown({ pointId: chosenPoint, month });
  }
  const figuresOfPoint = figures.data?.points[0];
  const isCounsellor = rolesOf(me).has('counsellor');

  if (points.isPending) return <Loading />;
  return (
    <Page title={t('walkins.figures.title')} lead={<p>{t('walkins.figures.lead')}</p>} wide>
      {points.isError && <FormError message={problemMessage(points.error)} />}
      {points.data && list.length === 0 && <p>{t('walkins.log.noPoints')}</p>}
      {list.length > 0 && (
        <form onSubmit={submit} noValidate className="filters" aria-label={t('walkins.figures.formLabel')}>
          <SelectField
            id="figures-point"
            label={t('walkins.field.servicePoint')}
            value={chosenPoint}
            onChange={setPointId}
            options={list.map((p) => ({ value: p.id, label: p.active ? p.name : t('walkins.figures.closed', { name: p.name }) }))}
          />
          <SelectField
            id="figures-month"
            label={t('walkins.figures.month')}
            value={month}
            onChange={setMonth}
            options={months.map((m) => ({ value: m, label: monthName(m) }))}
          />
          <Button type="submit" id="figures-show">
            {t('walkins.figures.show')}
          </Button>
        </form>
      )}
      {figures.isFetching && <Loading />}
      {figures.isError && <FormError message={problemMessage(figures.error)} />}
      {current && figuresOfPoint && (
        <>
          <Summary
            point={figuresOfPoint.servicePoint.name}
            month={current.month}
            total={figuresOfPoint.months.find((m) => m.month === current.month) ?? figuresOfPoint.total}
          />
          <Daily point={figuresOfPoint.servicePoint.name} month={current.month} days={days} figures={figuresOfPoint.days} />
        </>
      )}
      {isCounsellor && (
        <p>
          <RLink to="/walk-ins">{t('walkins.figures.logLink')}</RLink>
        </p>
      )}
    </Page>
  );
}

function Summary({ point, month, total }: { point: string; month: string; total: Breakdown }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useWalkInLabels();
  const monthName = useMonthName()(month);
  const share = (n: number) => (total.total ? `${Math.round((100 * n) / total.total)} %` : '–');
  const table = (caption: string, head: string, rows: [string, number][], id: string) => (
    <div className="table-wrap">
      <table id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="num">
              {t('walkins.figures.count')}
            </th>
            <th scope="col" className="num">
              {t('walkins.figures.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{f.number(n)}</td>
              <td className="num">{share(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <Section title={t('walkins.figures.summaryHeading', { point, month: monthName })} id="figures-summary">
      <ul className="walkins-summary">
        <li>
          <span className="figure-value">{f.number(total.total)}</span> {t('walkins.figures.total')}
        </li>
        <li>
          <span className="figure-value">{f.number(total.referrals)}</span> {t('walkins.figures.referrals')}
        </li>
        <li>
          <span className="figure-value">{f.number(total.nextSteps)}</span> {t('walkins.figures.nextSteps')}
        </li>
      </ul>
      {total.total === 0 ? (
        <p>{t('walkins.figures.none')}</p>
      ) : (
        <div className="walkins-breakdowns">
          {table(
            t('walkins.figures.byTopic', { month: monthName }),
            t('walkins.figures.topic'),
            walkInTopics.map((k) => [labels.topic(k), total.topics[k]]),
            'figures-topics',
          )}
          {table(
            t('walkins.figures.byLanguage', { month: monthName }),
            t('walkins.field.language'),
            walkInLanguages.map((k) => [labels.language(k), total.languages[k]]),
            'figures-languages',
          )}
          {table(
            t('walkins.figures.byAgeBand', { month: monthName }),
            t('walkins.field.ageBand'),
            ageBands.map((k) => [labels.ageBand(k), total.ageBands[k]]),
            'figures-ages',
          )}
        </div>
      )}
    </Section>
  );
}

function Daily({
  point,
  month,
  days,
  figures,
}: {
  point: string;
  month: string;
  days: string[];
  figures: Figures['points'][number]['days'];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const monthName = useMonthName()(month);
  const tag = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[f.locale];
  const dayName = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  const byDate = new Map(figures.map((d) => [d.date, d]));
  const sum = (k: 'total' | 'referrals' | 'nextSteps') => figures.reduce((s, d) => s + d[k], 0);
  return (
    <Section title={t('walkins.figures.dailyHeading')} id="figures-daily">
      <div className="table-wrap">
        <table className="walkins-daily" id="figures-days">
          <caption>{t('walkins.figures.dailyCaption', { point, month: monthName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('walkins.figures.date')}</th>
              <th scope="col" className="num">
                {t('walkins.figures.total')}
              </th>
              <th scope="col" className="num">
                {t('walkins.figures.referrals')}
              </th>
              <th scope="col" className="num">
                {t('walkins.figures.nextSteps')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((date) => {
              const d = byDate.get(date);
              const at = new Date(`${date}T12:00:00Z`);
              const weekend = at.getUTCDay() === 0 || at.getUTCDay() === 6;
              return (
                <tr key={date} className={weekend ? 'weekend' : undefined}>
                  <th scope="row">
                    <time dateTime={date}>{dayName.format(at)}</time>
                  </th>
                  <td className="num">{f.number(d?.total ?? 0)}</td>
                  <td className="num">{f.number(d?.referrals ?? 0)}</td>
                  <td className="num">{f.number(d?.nextSteps ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('walkins.figures.monthTotal')}</th>
              <td className="num">{f.number(sum('total'))}</td>
              <td className="num">{f.number(sum('referrals'))}</td>
              <td className="num">{f.number(sum('nextSteps'))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </Section>
  );
}
