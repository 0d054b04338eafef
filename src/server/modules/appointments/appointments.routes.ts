import type { App, AppDeps } from '../../platform/http.js';
import { runActorUseCase } from '../../platform/http.js';
import { appointmentsPolicy as policy } from './appointments.policy.js';
import {
  ZAttendanceRequest,
  ZBookRequest,
  ZBooking,
  ZBookings,
  ZClientParams,
  ZCreateSlotsRequest,
  ZIdParams,
  ZRangeQuery,
  ZSchedule,
  ZScheduleSlot,
  ZSlot,
  ZSlots,
} from './appointments.schema.js';
import * as service from './appointments.service.js';

const tags = ['appointments'];
const calendarHeaders = (name: string) => ({
  'content-type': 'text/calendar; charset=utf-8',
  'content-disposition': `attachment; filename="${name}.ics"`,
  'cache-control': 'no-store',
});

export function registerAppointmentRoutes(app: App, deps: AppDeps) {
  // Counsellors: publish slots, keep the schedule, book for their clients.
  app.post(
    '/api/appointment-slots',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Publish one or several individual slots or group guidance sessions',
        body: ZCreateSlotsRequest,
        response: { 201: ZSlots },
      },
    },
    async (request, reply) => reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.createSlots(ctx, request.body))),
  );
  app.get(
    '/api/appointment-slots/mine',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Slots I host, with their bookings', querystring: ZRangeQuery, response: { 200: ZSchedule } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.mySchedule(ctx, request.query)),
  );
  app.get(
    '/api/appointment-slots/free',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Free future slots of my organisations', querystring: ZRangeQuery, response: { 200: ZSlots } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.organisationFreeSlots(ctx, request.query)),
  );
  app.post(
    '/api/appointment-slots/:id/cancel',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'Cancel a slot and every booking in it', params: ZIdParams, response: { 200: ZSlot } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.cancelSlot(ctx, request.params.id)),
  );
  app.get(
    '/api/appointment-slots/:id/calendar.ics',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: 'The calendar file of a slot, for its host', params: ZIdParams },
    },
    async (request, reply) => {
      const file = await runActorUseCase(deps, request, (ctx) => service.slotCalendar(ctx, request.params.id));
      return reply.headers(calendarHeaders('appointment')).send(file);
    },
  );
  app.post(
    '/api/appointment-bookings/:id/attendance',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Record whether the client came',
        params: ZIdParams,
        body: ZAttendanceRequest,
        response: { 200: ZScheduleSlot },
      },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.recordAttendance(ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/clients/:userId/appointments',
    {
      config: { policy: policy.counsellor },
      schema: {
        tags,
        summary: 'Book a slot of my organisation for a client whose case I may open',
        params: ZClientParams,
        body: ZBookRequest,
        response: { 201: ZBooking },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runActorUseCase(deps, request, (ctx) => service.bookForClient(ctx, request.params.userId, request.body.slotId))),
  );
  app.get(
    '/api/clients/:userId/appointments',
    {
      config: { policy: policy.counsellor },
      schema: { tags, summary: "A client's appointments as I may see them", params: ZClientParams, response: { 200: ZBookings } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.clientBookings(ctx, request.params.userId)),
  );

  // Clients: their own appointments.
  app.get(
    '/api/my/appointment-slots',
    {
      config: { policy: policy.client },
      schema: { tags, summary: 'Times I may book', querystring: ZRangeQuery, response: { 200: ZSlots } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.myBookableSlots(ctx, request.query)),
  );
  app.post(
    '/api/my/appointments',
    {
      config: { policy: policy.client },
      schema: { tags, summary: 'Book a time', body: ZBookRequest, response: { 201: ZBooking } },
    },
    async (request, reply) =>
      reply.status(201).send(await runActorUseCase(deps, request, (ctx) => service.bookMine(ctx, request.body.slotId))),
  );
  app.get(
    '/api/my/appointments',
    {
      config: { policy: policy.client },
      schema: { tags, summary: 'My appointments, coming and past', response: { 200: ZBookings } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.myBookings(ctx)),
  );
  app.post(
    '/api/my/appointments/:id/cancel',
    {
      config: { policy: policy.client },
      schema: { tags, summary: 'Cancel my appointment', params: ZIdParams, response: { 200: ZBooking } },
    },
    (request) => runActorUseCase(deps, request, (ctx) => service.cancelMine(ctx, request.params.id)),
  );
  app.get(
    '/api/my/appointments/:id/calendar.ics',
    {
      config: { policy: policy.client },
      schema: { tags, summary: 'The calendar file of my appointment', params: ZIdParams },
    },
    async (request, reply) => {
      const file = await runActorUseCase(deps, request, (ctx) => service.myCalendar(ctx, request.params.id));
      return reply.headers(calendarHeaders('appointment')).send(file);
    },
  );
}
