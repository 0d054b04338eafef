import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { cvMaxBytes } from '../../../shared/profile';
import { api } from '../../app/api';
import { useFormat } from '../../app/format';
import { FormError, Success, useFormErrors, useMessage } from '../../app/forms';
import { problemMessage, type Message } from '../../app/problem';
import type { Profile } from '../../app/types';
import { useFocusAfterRender } from './fields';
import { uploadCv, useSetProfile } from './profileApi';
import { cvAccept, cvFileProblem } from './profileForm';
import { SectionCard } from './SectionCard';
import type { SectionProps } from './sectionProps';

function useFileSize() {
  const { locale } = useFormat();
  return (bytes: number) => {
    const mb = bytes >= 1024 * 1024;
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: mb ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: mb ? 1 : 0,
    }).format(mb ? bytes / 1024 / 1024 : Math.max(1, Math.round(bytes / 1024)));
  };
}

export function CvSection({ profile, apiBase, self }: SectionProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const msg = useMessage();
  const size = useFileSize();
  const setProfile = useSetProfile(apiBase);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<Message | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors();
  const focusLater = useFocusAfterRender();
  const pendingCount = (p: Profile) => p.suggestions.filter((s) => s.status === 'pending').length;

  const upload = useMutation({
    mutationFn: (chosen: File) => uploadCv(apiBase, chosen),
    onSuccess: (updated) => {
      setProfile(updated);
      setFile(null);
      if (input.current) input.current.value = '';
      setDone(t('profile.cv.uploaded', { count: pendingCount(updated) }));
    },
    onError: (e) => setFileError(problemMessage(e)),
  });
  const remove = useMutation({
    mutationFn: () => api<Profile>('DELETE', `${apiBase}/cv`),
    onSuccess: (updated) => {
      setProfile(updated);
      setDone(t('profile.cv.deleted'));
      focusLater('cv-file');
    },
    onError: (e) => errors.fromError(e),
  });

  function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0] ?? null;
    setDone(null);
    errors.clear();
    setFile(chosen);
    setFileError(chosen ? (cvFileProblem(chosen) ?? undefined) : undefined);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (upload.isPending) return;
    setDone(null);
    errors.clear();
    if (!file) {
      setFileError({ key: 'errors.upload.missing_file' });
      input.current?.focus();
      return;
    }
    const problem = cvFileProblem(file);
    setFileError(problem ?? undefined);
    if (problem) {
      input.current?.focus();
      return;
    }
    upload.mutate(file);
  }

  const cv = profile.cv;
  const describedBy = ['cv-file-hint', fileError ? 'cv-file-error' : null].filter(Boolean).join(' ');
  return (
    <SectionCard
      part="cv"
      title={t('profile.cv.heading')}
      lead={<p className="profile-lead">{self ? t('profile.cv.lead') : t('profile.cv.leadCounsellor')}</p>}
      view={
        cv ? (
          <>
            <dl className="profile-facts">
              <div className="profile-fact">
                <dt>{t('profile.cv.fileName')}</dt>
                <dd className="profile-file-name">{cv.fileName}</dd>
              </div>
              <div className="profile-fact">
                <dt>{t('profile.cv.size')}</dt>
                <dd>{size(cv.size)}</dd>
              </div>
              <div className="profile-fact">
                <dt>{t('profile.cv.uploadedAt')}</dt>
                <dd>{f.dateTime(cv.uploadedAt)}</dd>
              </div>
            </dl>
            <div className="profile-actions">
              <a href={`${apiBase}/cv`} download={cv.fileName} id="cv-download" className="button-link secondary">
                {t('profile.cv.download')}
              </a>
              <Button
                type="button"
                variant="secondary"
                id="cv-delete"
                aria-disabled={remove.isPending}
                onClick={() => !remove.isPending && remove.mutate()}
              >
                {t('profile.cv.delete')}
              </Button>
            </div>
          </>
        ) : (
          <p className="profile-empty">{t('profile.cv.none')}</p>
        )
      }
    >
      {done && <Success>{done}</Success>}
      <FormError message={errors.form} />
      <form onSubmit={submit} noValidate className="form profile-form profile-cv-form">
        <div className="field select-field">
          <label htmlFor="cv-file" className="field-label">
            {t('profile.cv.fileLabel')}
          </label>
          <div id="cv-file-hint" className="field-hint">
            {t('profile.cv.hint', { max: cvMaxBytes / 1024 / 1024 })}
          </div>
          <input
            ref={input}
            id="cv-file"
            type="file"
            accept={cvAccept}
            onChange={choose}
            aria-describedby={describedBy}
            aria-invalid={fileError ? true : undefined}
            className={fileError ? 'profile-file-input has-error' : 'profile-file-input'}
          />
          {fileError && (
            <div id="cv-file-error" className="field-error" role="alert">
              {msg(fileError)}
            </div>
          )}
        </div>
        <Button type="submit" id="cv-upload" aria-disabled={upload.isPending}>
          {upload.isPending ? t('profile.cv.uploading') : t('profile.cv.upload')}
        </Button>
      </form>
    </SectionCard>
  );
}
