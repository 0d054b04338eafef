import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useNavigate, useParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { OpeningStatus } from '../../../shared/employer';
import { useFormat } from '../../app/format';
import { FormError, Success } from '../../app/forms';
import { Loading, Page } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import type { Opening } from '../../app/types';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useOpeningLabels } from './labels';
import { OpeningDetails } from './OpeningDetails';
import { OpeningForm } from './OpeningForm';
import { draftFromOpening, emptyDraft } from './openingForm';
import { useActingEmployer, useOpening, useOpeningAction } from './openingsApi';

function StatusText({ opening }: { opening: Opening }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useOpeningLabels();
  const explain: Record<OpeningStatus, string> = {
    draft: t('openings.statusText.draft'),
    published: t('openings.statusText.published', { date: opening.publishedAt ? f.date(opening.publishedAt) : '' }),
    closed: t('openings.statusText.closed', { date: opening.closedAt ? f.date(opening.closedAt) : '' }),
  };
  return (
    <p className="openings-status-line">
      <span className="profile-label">{t('openings.field.status')}:</span>{' '}
      <span className={`openings-status openings-status-${opening.status}`}>{labels.status(opening.status)}</span> {explain[opening.status]}
    </p>
  );
}

function OpeningActions({ opening, onEdit }: { opening: Opening; onEdit: () => void }) {
  const { t } = useTranslation();
  const action = useOpeningAction(opening.id);
  const [confirmClose, setConfirmClose] = useState(false);
  const [done, setDone] = useState<'publish' | 'close' | null>(null);
  const title = opening.title;
  function run(a: 'publish' | 'close') {
    if (action.isPending) return;
    action.mutate(a, {
      onSuccess: () => {
        setDone(a);
        setConfirmClose(false);
        // The button pressed leaves the page: the status line takes the focus.
        document.getElementById('opening-status')?.focus();
      },
    });
  }
  return (
    <>
      {action.isError && <FormError message={problemMessage(action.error)} />}
      {done && (
        <Success>{done === 'publish' ? t('openings.actions.published', { title }) : t('openings.actions.closed', { title })}</Success>
      )}
      <div className="openings-buttons">
        {opening.status !== 'closed' && (
          <Button variant="secondary" id="opening-edit" aria-label={t('openings.actions.editLabel', { title })} onClick={onEdit}>
            {t('openings.actions.edit')}
          </Button>
        )}
        {opening.status === 'draft' && (
          <Button
            id="opening-publish"
            aria-label={t('openings.actions.publishLabel', { title })}
            aria-disabled={action.isPending}
            onClick={() => run('publish')}
          >
            {t('openings.actions.publish')}
          </Button>
        )}
        {opening.status === 'published' && !confirmClose && (
          <Button
            variant="secondary"
            id="opening-close"
            aria-label={t('openings.actions.closeLabel', { title })}
            onClick={() => setConfirmClose(true)}
          >
            {t('openings.actions.close')}
          </Button>
        )}
        <RLink to={`/openings/${opening.id}/candidates`} className="button-link secondary" id="opening-candidates">
          {t('openings.actions.candidates')}
          <span className="visually-hidden">: {title}</span>
        </RLink>
      </div>
      {confirmClose && (
        <CloseConfirm title={title} pending={action.isPending} onConfirm={() => run('close')} onCancel={() => setConfirmClose(false)} />
      )}
    </>
  );
}

function CloseConfirm({
  title,
  pending,
  onConfirm,
  onCancel,
}: {
  title: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="openings-confirm" role="group" aria-labelledby="opening-close-question">
      <p id="opening-close-question" tabIndex={-1} ref={ref}>
        {t('openings.actions.closeQuestion', { title })}
      </p>
      <div className="openings-buttons">
        <Button id="opening-close-confirm" aria-disabled={pending} onClick={onConfirm}>
          {t('openings.actions.closeConfirm')}
        </Button>
        <Button variant="secondary" id="opening-close-cancel" onClick={onCancel}>
          {t('openings.actions.closeCancel')}
        </Button>
      </div>
    </div>
  );
}

/** One opening for its employer: the content, its status with Publish / Close, and the whole form on Edit. */
export function OpeningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const opening = useOpening(id);
  const labels = useOpeningLabels();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [returned, setReturned] = useState(false);

  // Edit: the page's heading ("Edit opening …") takes the focus; Save or Cancel: back to Edit.
  useEffect(() => {
    if (editing) document.getElementById('page-title')?.focus();
    else if (returned) document.getElementById('opening-edit')?.focus();
  }, [returned, editing]);

  if (opening.isPending) return <Loading />;
  if (opening.isError || !opening.data) return <NotFoundPage />;
  const o = opening.data;

  return (
    <Page title={editing ? t('openings.edit.title', { title: o.title }) : o.title} wide>
      <p className="openings-back">
        <RLink to={`/openings?org=${o.organisation.id}`}>{t('openings.backToList')}</RLink>
      </p>
      {editing ? (
        <OpeningForm
          initial={draftFromOpening(o)}
          organisationId={o.organisation.id}
          id={o.id}
          name={o.title}
          onDone={(s) => {
            setSaved(s !== null);
            setEditing(false);
            setReturned(true);
          }}
        />
      ) : (
        <>
          <div id="opening-status" tabIndex={-1} className="openings-status-box">
            <StatusText opening={o} />
          </div>
          {saved && <Success>{t('openings.edit.saved')}</Success>}
          <OpeningActions
            opening={o}
            onEdit={() => {
              setSaved(false);
              setEditing(true);
            }}
          />
          <section aria-labelledby="opening-content" className="section">
            <h2 id="opening-content">{t('openings.content.heading')}</h2>
            <p className="muted">{labels.kind(o.kind)}</p>
            <OpeningDetails opening={o} idPrefix="opening" />
          </section>
        </>
      )}
    </Page>
  );
}

/** A new opening: the form; saving creates a draft and opens it. */
export function NewOpeningPage() {
  const { t } = useTranslation();
  const { organisation, pending } = useActingEmployer();
  const navigate = useNavigate();
  if (pending) return <Loading />;
  if (!organisation) return <NotFoundPage />;
  return (
    <Page title={t('openings.new.title')} lead={<p>{t('openings.new.leadFor', { organisation: organisation.name })}</p>} wide>
      <OpeningForm
        initial={emptyDraft()}
        organisationId={organisation.id}
        onDone={(o) => void navigate(o ? `/openings/${o.id}` : `/openings?org=${organisation.id}`)}
      />
    </Page>
  );
}
