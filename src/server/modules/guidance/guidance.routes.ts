import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { guidancePolicy as policy } from './guidance.policy.js';
import {
  ZCaseloadPage,
  ZCaseloadQuery,
  ZCase,
  ZClientParams,
  ZCounsellor,
  ZDeclineRequest,
  ZFiguresQuery,
  ZGoalRequest,
  ZGoalUpdate,
  ZGuidanceFigures,
  ZIdParams,
  ZMyServicePath,
  ZNote,
  ZNoteRequest,
  ZNoteVersion,
  ZOpenCaseRequest,
  ZOutcomeRequest,
  ZOverview,
  ZPlan,
  ZReferral,
  ZReferralRequest,
  ZReferralsQuery,
  ZReferralTarget,
  ZTaskRequest,
  ZTaskUpdate,
  ZTimeline,
  ZTimelineQuery,
  ZUpdateCaseRequest,
} from './guidance.schema.js';
import * as cases from './cases/cases.service.js';
import * as notes from './notes/notes.service.js';
import * as outcomes from './outcomes/outcomes.service.js';
import * as path from './path/path.service.js';
import * as plan from './plan/plan.service.js';
import * as referrals from './referrals/referrals.service.js';

const tags = ['guidance'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const ZCases = z.object({ cases: z.array(ZCase) });

export function registerGuidanceRoutes(app: App, deps: AppDeps) {
  // Caseload and cases.
  app.get(
    '/api/caseload',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'My and my organisation’s clients, with filters',
        querystring: ZCaseloadQuery,
        response: { 200: ZCaseloadPage },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => cases.caseload(ctx, request.query)),
  );
  app.get(
    '/api/caseload/counsellors',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Counsellors of my organisations, for assigning cases', response: { 200: items(ZCounsellor) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => cases.counsellors(ctx)),
  );
  app.post(
    '/api/clients/:userId/case',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Take on a client who shares their case: my organisation opens its case',
        params: ZClientParams,
        body: ZOpenCaseRequest,
        response: { 201: ZCases },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runActorUseCase(deps, request, (ctx) => cases.openClientCase(ctx, request.params.userId, request.body.assignedTo))),
  );
  app.patch(
    '/api/cases/:id',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Reassign, pause, close or reopen a case',
        params: ZIdParams,
        body: ZUpdateCaseRequest,
        response: { 200: ZCases },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => cases.updateCase(ctx, request.params.id, request.body)),
  );

  // One client.
  app.get(
    '/api/clients/:userId/overview',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Client overview: contact, consents, profile summary, cases, outcomes',
        params: ZClientParams,
        response: { 200: ZOverview },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => cases.overview(ctx, request.params.userId)),
  );
  app.get(
    '/api/clients/:userId/timeline',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'The client’s service path across organisations, newest first',
        params: ZClientParams,
        querystring: ZTimelineQuery,
        response: { 200: ZTimeline },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => path.timeline(ctx, request.params.userId, request.query)),
  );
  app.get(
    '/api/clients/:userId/notes',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Notes on the client that my organisation may read',
        params: ZClientParams,
        response: { 200: items(ZNote) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => notes.listNotes(ctx, request.params.userId)),
  );
  app.post(
    '/api/clients/:userId/notes',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Write a note', params: ZClientParams, body: ZNoteRequest, response: { 201: ZNote } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => notes.addNote(ctx, request.params.userId, request.body))),
  );
  app.put(
    '/api/notes/:id',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Edit a note of my organisation; the earlier text is kept',
        params: ZIdParams,
        body: ZNoteRequest,
        response: { 200: ZNote },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => notes.editNote(ctx, request.params.id, request.body)),
  );
  app.get(
    '/api/notes/:id/history',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Earlier versions of a note', params: ZIdParams, response: { 200: items(ZNoteVersion) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => notes.noteHistory(ctx, request.params.id)),
  );
  app.get(
    '/api/clients/:userId/referral-targets',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Partner organisations, and whether the client shares their case with each',
        params: ZClientParams,
        response: { 200: items(ZReferralTarget) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => referrals.referralTargets(ctx, request.params.userId)),
  );
  app.get(
    '/api/clients/:userId/referrals',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Referrals of the client', params: ZClientParams, response: { 200: items(ZReferral) } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => referrals.clientReferrals(ctx, request.params.userId)),
  );
  app.post(
    '/api/clients/:userId/referrals',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Refer the client to another partner organisation',
        params: ZClientParams,
        body: ZReferralRequest,
        response: { 201: ZReferral },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => referrals.refer(ctx, request.params.userId, request.body))),
  );
  app.post(
    '/api/clients/:userId/outcomes',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Record where the client’s path led',
        params: ZClientParams,
        body: ZOutcomeRequest,
        response: { 201: ZOverview },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runActorUseCase(deps, request, (ctx) => outcomes.recordOutcome(ctx, request.params.userId, request.body))),
  );
  app.get(
    '/api/guidance/employers',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Employer organisations of the hub',
        response: { 200: items(z.object({ id: z.string(), name: z.string() })) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => outcomes.employers(ctx)),
  );

  // Referrals of my organisation.
  app.get(
    '/api/referrals',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Referrals my organisations received or sent',
        querystring: ZReferralsQuery,
        response: { 200: z.object({ total: z.number(), items: z.array(ZReferral) }) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => referrals.listReferrals(ctx, request.query)),
  );
  app.post(
    '/api/referrals/:id/accept',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Accept a referral: my organisation opens its case', params: ZIdParams, response: { 200: ZReferral } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => referrals.acceptReferral(ctx, request.params.id)),
  );
  app.post(
    '/api/referrals/:id/decline',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Decline a referral, with a reason',
        params: ZIdParams,
        body: ZDeclineRequest,
        response: { 200: ZReferral },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => referrals.declineReferral(ctx, request.params.id, request.body.reason)),
  );
  app.post(
    '/api/referrals/:id/withdraw',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Withdraw a referral not yet answered', params: ZIdParams, response: { 200: ZReferral } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => referrals.withdrawReferral(ctx, request.params.id)),
  );

  // The guidance plan: the client and their counsellors edit it together.
  app.get(
    '/api/clients/:userId/plan',
    {
      config: { policy: policy.plan },
      schema: { tags, summary: 'The client’s guidance plan', params: ZClientParams, response: { 200: ZPlan } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => plan.getPlan(ctx, request.params.userId)),
  );
  app.post(
    '/api/clients/:userId/plan/goals',
    {
      config: { policy: policy.plan },
      schema: { tags, summary: 'Add a goal to the plan', params: ZClientParams, body: ZGoalRequest, response: { 201: ZPlan } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => plan.addGoal(ctx, request.params.userId, request.body))),
  );
  app.patch(
    '/api/plan/goals/:id',
    {
      config: { policy: policy.plan },
      schema: { tags, summary: 'Change a goal', params: ZIdParams, body: ZGoalUpdate, response: { 200: ZPlan } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => plan.updateGoal(ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/plan/goals/:id/tasks',
    {
      config: { policy: policy.plan },
      schema: { tags, summary: 'Add a task to a goal', params: ZIdParams, body: ZTaskRequest, response: { 201: ZPlan } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => plan.addTask(ctx, request.params.id, request.body))),
  );
  app.patch(
    '/api/plan/tasks/:id',
    {
      config: { policy: policy.plan },
      schema: { tags, summary: 'Change a task or mark it done', params: ZIdParams, body: ZTaskUpdate, response: { 200: ZPlan } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => plan.updateTask(ctx, request.params.id, request.body)),
  );

  // The client's own view.
  app.get(
    '/api/my/service-path',
    {
      config: { policy: policy.client },
      schema: { tags, summary: 'Who holds my case, my referrals and outcomes', response: { 200: ZMyServicePath } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => path.myServicePath(ctx)),
  );

  // Figures, not contents.
  app.get(
    '/api/guidance/figures',
    {
      config: { policy: policy.figures },
      schema: {
        tags,
        summary: 'Case work figures per partner organisation',
        querystring: ZFiguresQuery,
        response: { 200: ZGuidanceFigures },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => outcomes.figures(ctx, request.query)),
  );
}
