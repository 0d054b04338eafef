import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { ZIdParams } from '../../../shared/limits.js';
import { walkInsPolicy as policy } from './walkins.policy.js';
import {
  ZCreateServicePointRequest,
  ZFigures,
  ZFiguresQuery,
  ZMineQuery,
  ZMyWalkIns,
  ZSavedWalkIn,
  ZServicePoint,
  ZServicePointsQuery,
  ZUpdateServicePointRequest,
  ZWalkInRequest,
} from './walkins.schema.js';
import * as service from './walkins.service.js';

const tags = ['walk-ins'];

export function registerWalkInRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/service-points',
    {
      config: { policy: policy.points },
      schema: {
        tags,
        summary: 'The hub’s service points; those of my own organisation first',
        querystring: ZServicePointsQuery,
        response: { 200: z.object({ items: z.array(ZServicePoint) }) },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listServicePoints(ctx, request.query.include)),
  );
  app.post(
    '/api/admin/service-points',
    {
      config: { policy: policy.manage },
      schema: { tags, summary: 'Add a service point', body: ZCreateServicePointRequest, response: { 201: ZServicePoint } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.createServicePoint(ctx, request.body))),
  );
  app.patch(
    '/api/admin/service-points/:id',
    {
      config: { policy: policy.manage },
      schema: {
        tags,
        summary: 'Rename, move to another organisation, or close a service point',
        params: ZIdParams,
        body: ZUpdateServicePointRequest,
        response: { 200: ZServicePoint },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.updateServicePoint(ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/walk-ins',
    {
      config: { policy: policy.log },
      schema: { tags, summary: 'Log an anonymous walk-in', body: ZWalkInRequest, response: { 201: ZSavedWalkIn } },
    },
    async (request, reply) => reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.logWalkIn(ctx, request.body))),
  );
  app.get(
    '/api/walk-ins/mine',
    {
      config: { policy: policy.log },
      schema: { tags, summary: 'My walk-in entries of a day (today by default)', querystring: ZMineQuery, response: { 200: ZMyWalkIns } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.listMine(ctx, request.query.date)),
  );
  app.get(
    '/api/walk-ins/figures',
    {
      config: { policy: policy.figures },
      schema: {
        tags,
        summary: 'Walk-ins per service point per day and month',
        querystring: ZFiguresQuery,
        response: { 200: ZFigures },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.figures(ctx, request.query)),
  );
  app.put(
    '/api/walk-ins/:id',
    {
      config: { policy: policy.log },
      schema: {
        tags,
        summary: 'Correct my entry of today',
        params: ZIdParams,
        body: ZWalkInRequest,
        response: { 200: ZSavedWalkIn },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.correctWalkIn(ctx, request.params.id, request.body)),
  );
  app.delete(
    '/api/walk-ins/:id',
    {
      config: { policy: policy.log },
      schema: { tags, summary: 'Remove my entry of today', params: ZIdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await runActorUseCase(deps, request, (ctx) => service.removeWalkIn(ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
}
