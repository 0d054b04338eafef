import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { ZGoalRequest, ZTaskRequest } from '../../../server/modules/guidance/guidance.schema';
import { goalKinds, type GoalStatus } from '../../../shared/guidance';
import { api } from '../../app/api';
import { DateField } from '../../app/DateField';
import { useFormat } from '../../app/format';
import { FormError, SelectField, TextField, useFormErrors } from '../../app/forms';
import { Loading, Section } from '../../app/Page';
import { problemMessage } from '../../app/problem';
import { caseKeys, clientPath, useCaseMutation, type Goal, type Plan } from './guidanceApi';
import { Reveal } from './Reveal';

function AddTask({ userId, goal, close }: { userId: string; goal: Goal; close: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const add = useCaseMutation(
    userId,
    (body: { title: string; dueDate: string | null }) => api<Plan>('POST', `/api/plan/goals/${goal.id}/tasks`, body),
    close,
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const valid = errors.validate(ZTaskRequest, { title, dueDate: dueDate || null });
    if (valid) add.mutate(valid, { onError: (err) => errors.fromError(err) });
  }
  return (
    <form onSubmit={submit} noValidate className="form plan-task-form" aria-label={t('guidance.plan.addTaskTo', { goal: goal.title })}>
      <FormError message={errors.form} />
      <div className="form-row">
        <TextField
          id={`task-${goal.id}-title`}
          label={t('guidance.plan.taskTitle')}
          value={title}
          onChange={setTitle}
          error={errors.fields.title}
        />
        <DateField
          id={`task-${goal.id}-due`}
          label={t('guidance.plan.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          error={errors.fields.dueDate}
          optional
        />
      </div>
      <div className="button-row">
        <Button type="submit" id={`task-${goal.id}-add`} disabled={add.isPending}>
          {t('guidance.plan.addTask')}
        </Button>
        <Button variant="secondary" id={`task-${goal.id}-cancel`} onClick={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

function GoalCard({ userId, goal }: { userId: string; goal: Goal }) {
  const { t } = useTranslation();
  const f = useFormat();
  const toggle = useCaseMutation(userId, ({ id, done }: { id: string; done: boolean }) =>
    api<Plan>('PATCH', `/api/plan/tasks/${id}`, { done }),
  );
  const status = useCaseMutation(userId, (s: GoalStatus) => api<Plan>('PATCH', `/api/plan/goals/${goal.id}`, { status: s }));
  const error = toggle.error ?? status.error;
  return (
    <li className={`plan-goal plan-goal-${goal.status}`}>
      <h3 className="plan-goal-title">
        {goal.title} <span className="plan-goal-status">({t(`guidance.goalStatus.${goal.status}`)})</span>
      </h3>
      <p className="muted">
        {t(`guidance.goalKind.${goal.kind}`)}
        {goal.targetDate && ` · ${t('guidance.plan.target', { date: f.date(goal.targetDate) })}`}
        {' · '}
        {goal.organisation ? t('guidance.plan.setBy', { organisation: goal.organisation.name }) : t('guidance.plan.setByClient')}
      </p>
      <FormError message={error ? problemMessage(error) : null} />
      {goal.tasks.length > 0 && (
        <ul className="plan-tasks">
          {goal.tasks.map((task) => (
            <li key={task.id}>
              <Checkbox
                id={`task-${task.id}-done`}
                checked={task.done}
                onClick={({ checkboxState }) => toggle.mutate({ id: task.id, done: checkboxState })}
              >
                {task.title}
                {task.dueDate ? ` – ${t('guidance.plan.due', { date: f.date(task.dueDate) })}` : ''}
              </Checkbox>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {goal.status === 'open' ? (
          <>
            <Reveal id={`task-${goal.id}-new`} label={t('guidance.plan.newTask')}>
              {(close) => <AddTask userId={userId} goal={goal} close={close} />}
            </Reveal>
            <Button variant="secondaryNoBorder" id={`goal-${goal.id}-done`} onClick={() => status.mutate('done')}>
              {t('guidance.plan.markReached')}
            </Button>
            <Button variant="secondaryNoBorder" id={`goal-${goal.id}-drop`} onClick={() => status.mutate('dropped')}>
              {t('guidance.plan.drop')}
            </Button>
          </>
        ) : (
          <Button variant="secondaryNoBorder" id={`goal-${goal.id}-reopen`} onClick={() => status.mutate('open')}>
            {t('guidance.plan.reopen')}
          </Button>
        )}
      </div>
    </li>
  );
}

function AddGoal({ userId, close }: { userId: string; close: () => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [kind, setKind] = useState<string>('employment');
  const [title, setTitle] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const add = useCaseMutation(userId, (body: unknown) => api<Plan>('POST', `${clientPath(userId)}/plan/goals`, body), close);
  function submit(e: FormEvent) {
    e.preventDefault();
    const valid = errors.validate(ZGoalRequest, { kind, title, targetDate: targetDate || null });
    if (valid) add.mutate(valid, { onError: (err) => errors.fromError(err) });
  }
  return (
    <form onSubmit={submit} noValidate className="form plan-goal-form" aria-labelledby="plan-add-heading">
      <h3 id="plan-add-heading">{t('guidance.plan.addGoalHeading')}</h3>
      <FormError message={errors.form} />
      <SelectField
        id="goal-kind"
        label={t('guidance.plan.kind')}
        value={kind}
        onChange={setKind}
        options={goalKinds.map((k) => ({ value: k, label: t(`guidance.goalKind.${k}`) }))}
        error={errors.fields.kind}
      />
      <TextField
        id="goal-title"
        label={t('guidance.plan.goalTitle')}
        hint={t('guidance.plan.goalTitleHint')}
        value={title}
        onChange={setTitle}
        error={errors.fields.title}
      />
      <DateField
        id="goal-target"
        label={t('guidance.plan.targetDate')}
        value={targetDate}
        onChange={setTargetDate}
        error={errors.fields.targetDate}
        optional
      />
      <div className="button-row">
        <Button type="submit" id="goal-add" disabled={add.isPending}>
          {t('guidance.plan.addGoal')}
        </Button>
        <Button variant="secondary" id="goal-cancel" onClick={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/**
 * The guidance plan: goals with tasks and due dates, seen and edited by the client and their
 * counsellors alike. `self` words it for the client.
 */
export function PlanSection({ userId, self = false }: { userId: string; self?: boolean }) {
  const { t } = useTranslation();
  const plan = useQuery({ queryKey: caseKeys.plan(userId), queryFn: () => api<Plan>('GET', `${clientPath(userId)}/plan`) });
  return (
    <Section title={self ? t('guidance.plan.myHeading') : t('guidance.plan.heading')} id="plan-heading">
      <p className="muted">{self ? t('guidance.plan.myLead') : t('guidance.plan.lead')}</p>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <FormError message={problemMessage(plan.error)} />
      ) : plan.data.goals.length === 0 ? (
        <p>{t('guidance.plan.none')}</p>
      ) : (
        <ul className="plan-goals">
          {plan.data.goals.map((g) => (
            <GoalCard key={g.id} userId={userId} goal={g} />
          ))}
        </ul>
      )}
      <Reveal id="goal-new" label={t('guidance.plan.newGoal')} variant="default">
        {(close) => <AddGoal userId={userId} close={close} />}
      </Reveal>
    </Section>
  );
}
