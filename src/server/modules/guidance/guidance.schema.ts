import { z } from 'zod';
import { ZMunicipalityCode, ZOptionalText, ZPage, ZUuid, ZText } from '../../../shared/limits.js';
import { locales } from '../../../shared/locales.js';
import {
  caseStatuses,
  goalKinds,
  goalStatuses,
  noteVisibilities,
  outcomeKinds,
  referralStatuses,
  serviceEventKinds,
} from '../../../shared/guidance.js';

/** Field limits of case work, defined once for server and web. */
export const guidanceLimits = {
  note: 5000,
  goalTitle: 200,
  taskTitle: 200,
  referralService: 200,
  referralMessage: 2000,
  declineReason: 1000,
  employerName: 200,
  timelinePage: 500,
} as const;

export const ZClientParams = z.object({ userId: ZUuid });
export { ZIdParams } from '../../../shared/limits.js';

export const caseloadScopes = ['mine', 'organisation', 'shared'] as const;
export const lastContactFilters = ['within30', 'over30', 'over90', 'never'] as const;
export const nextAppointmentFilters = ['within7', 'any', 'none'] as const;
export const caseloadSorts = ['name', 'lastContact', 'nextAppointment'] as const;

export const ZCaseloadQuery = ZPage.extend({
  scope: z.enum(caseloadScopes).default('organisation'),
  q: ZText(100).optional(),
  status: z.enum(caseStatuses).optional(),
  language: z.enum(locales).optional(),
  municipality: ZMunicipalityCode.optional(),
  lastContact: z.enum(lastContactFilters).optional(),
  nextAppointment: z.enum(nextAppointmentFilters).optional(),
  sort: z.enum(caseloadSorts).default('name'),
});
export type TCaseloadQuery = z.infer<typeof ZCaseloadQuery>;

const ZPersonRef = z.object({ id: z.string(), name: z.string() });
const ZOrgRef = z.object({ id: z.string(), name: z.string() });

export const ZCase = z.object({
  id: z.string(),
  organisation: ZOrgRef,
  status: z.enum(caseStatuses),
  assignee: ZPersonRef.nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  lastContactAt: z.string().nullable(),
  /** The case is held by one of the viewer's organisations. */
  mine: z.boolean(),
});
export type TCase = z.infer<typeof ZCase>;

export const ZCaseloadRow = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  locale: z.string(),
  municipalityCode: z.string().nullable(),
  case: ZCase.nullable(),
  nextAppointmentAt: z.string().nullable(),
  sharedWith: z.array(z.enum(['hub', 'organisation'])),
});
export const ZCaseloadPage = z.object({ total: z.number(), items: z.array(ZCaseloadRow) });

export const ZOpenCaseRequest = z.object({ assignedTo: z.string().max(100).nullish() }).strict();
export const ZUpdateCaseRequest = z
  .object({ assignedTo: z.string().max(100).nullable().optional(), status: z.enum(caseStatuses).optional() })
  .strict()
  .refine((v) => v.assignedTo !== undefined || v.status !== undefined, { message: 'empty' });
export type TUpdateCaseRequest = z.infer<typeof ZUpdateCaseRequest>;

export const ZOverview = z.object({
  client: z.object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    locale: z.string(),
    municipalityCode: z.string().nullable(),
    hasAccount: z.boolean(),
  }),
  consents: z.object({
    hubCounsellors: z.boolean(),
    employerVisibility: z.boolean(),
    organisations: z.array(ZOrgRef),
  }),
  /** Null when the client does not share their profile with the viewer's organisation. */
  profile: z
    .object({
      completeness: z.number(),
      occupations: z.array(z.string()),
      skills: z.number(),
      languages: z.array(z.object({ language: z.string(), level: z.string() })),
      availableFrom: z.string().nullable(),
    })
    .nullable(),
  cases: z.array(ZCase),
  access: z.object({ partnerContent: z.boolean(), holdsCase: z.boolean() }),
  outcomes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(outcomeKinds),
      occurredOn: z.string(),
      organisation: ZOrgRef,
      employer: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
});
export type TOverview = z.infer<typeof ZOverview>;

export const ZTimelineQuery = z.object({
  /** The `next` cursor of the previous page: the time and id of its last step. */
  before: z
    .string()
    .regex(/^[0-9T:.+Z-]{20,40}\|[0-9a-f-]{36}$/, { message: 'invalid_format' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(guidanceLimits.timelinePage).default(50),
});
export const ZTimelineItem = z.object({
  id: z.string(),
  kind: z.enum(serviceEventKinds),
  at: z.string(),
  organisation: ZOrgRef.nullable(),
  actor: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const ZTimeline = z.object({ items: z.array(ZTimelineItem), more: z.boolean(), next: z.string().nullable() });

export const ZNoteRequest = z.object({ body: ZText(guidanceLimits.note, 1), visibility: z.enum(noteVisibilities) }).strict();
export type TNoteRequest = z.infer<typeof ZNoteRequest>;
export const ZNote = z.object({
  id: z.string(),
  organisation: ZOrgRef,
  author: z.string().nullable(),
  visibility: z.enum(noteVisibilities),
  body: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The viewer's organisation wrote it, so the viewer may edit it. */
  editable: z.boolean(),
});
export const ZNoteVersion = z.object({
  version: z.number(),
  body: z.string(),
  visibility: z.enum(noteVisibilities),
  editedBy: z.string().nullable(),
  editedAt: z.string(),
});

export const ZGoalRequest = z
  .object({
    kind: z.enum(goalKinds),
    title: ZText(guidanceLimits.goalTitle, 1),
    targetDate: z.iso.date().nullable(),
  })
  .strict();
export type TGoalRequest = z.infer<typeof ZGoalRequest>;
export const ZGoalUpdate = z
  .object({
    kind: z.enum(goalKinds).optional(),
    title: ZText(guidanceLimits.goalTitle, 1).optional(),
    targetDate: z.iso.date().nullable().optional(),
    status: z.enum(goalStatuses).optional(),
  })
  .strict();
export type TGoalUpdate = z.infer<typeof ZGoalUpdate>;
export const ZTaskRequest = z.object({ title: ZText(guidanceLimits.taskTitle, 1), dueDate: z.iso.date().nullable() }).strict();
export type TTaskRequest = z.infer<typeof ZTaskRequest>;
export const ZTaskUpdate = z
  .object({
    title: ZText(guidanceLimits.taskTitle, 1).optional(),
    dueDate: z.iso.date().nullable().optional(),
    done: z.boolean().optional(),
  })
  .strict();
export type TTaskUpdate = z.infer<typeof ZTaskUpdate>;
export const ZTask = z.object({
  id: z.string(),
  title: z.string(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
});
export const ZGoal = z.object({
  id: z.string(),
  kind: z.enum(goalKinds),
  title: z.string(),
  targetDate: z.string().nullable(),
  status: z.enum(goalStatuses),
  /** Who set the goal: an organisation, or null for the client. */
  organisation: ZOrgRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  tasks: z.array(ZTask),
});
export const ZPlan = z.object({ goals: z.array(ZGoal) });
export type TPlan = z.infer<typeof ZPlan>;

export const ZReferralRequest = z
  .object({
    toOrganisationId: ZUuid,
    service: ZText(guidanceLimits.referralService, 1),
    message: ZOptionalText(guidanceLimits.referralMessage),
  })
  .strict();
export type TReferralRequest = z.infer<typeof ZReferralRequest>;
export const ZDeclineRequest = z.object({ reason: ZText(guidanceLimits.declineReason, 1) }).strict();
export const referralDirections = ['incoming', 'outgoing'] as const;
export const ZReferralsQuery = ZPage.extend({
  direction: z.enum(referralDirections).default('incoming'),
  status: z.enum(referralStatuses).optional(),
});
export type TReferralsQuery = z.infer<typeof ZReferralsQuery>;
export const ZReferral = z.object({
  id: z.string(),
  client: ZPersonRef,
  from: ZOrgRef,
  to: ZOrgRef,
  referredBy: z.string().nullable(),
  service: z.string(),
  message: z.string().nullable(),
  status: z.enum(referralStatuses),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  /** The viewer's organisation receives it and may accept or decline. */
  canDecide: z.boolean(),
  /** The viewer's organisation sent it and may withdraw it while pending. */
  canWithdraw: z.boolean(),
});
export const ZReferralTarget = z.object({ id: z.string(), name: z.string(), partnerType: z.string().nullable(), shared: z.boolean() });

export const ZOutcomeRequest = z
  .object({
    kind: z.enum(outcomeKinds),
    occurredOn: z.iso.date(),
    employerOrganisationId: ZUuid.nullish(),
    employerName: ZOptionalText(guidanceLimits.employerName),
  })
  .strict();
export type TOutcomeRequest = z.infer<typeof ZOutcomeRequest>;

export const ZCounsellor = z.object({ id: z.string(), name: z.string(), organisationId: z.string() });

/** The client's own view of their service path. */
export const ZMyServicePath = z.object({
  cases: z.array(
    z.object({
      organisation: z.string(),
      counsellor: z.string().nullable(),
      status: z.enum(caseStatuses),
      openedAt: z.string(),
    }),
  ),
  referrals: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      service: z.string(),
      status: z.enum(referralStatuses),
      createdAt: z.string(),
      decidedAt: z.string().nullable(),
    }),
  ),
  outcomes: z.array(z.object({ kind: z.enum(outcomeKinds), occurredOn: z.string(), organisation: z.string() })),
});

/** Figures for hub administrators: counts, never case contents. */
export const ZGuidanceFigures = z.object({
  organisations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      openCases: z.number(),
      newCases: z.number(),
      referralsSent: z.number(),
      referralsReceived: z.number(),
      referralsAccepted: z.number(),
      referralsDeclined: z.number(),
      appointmentsBooked: z.number(),
      appointmentsAttended: z.number(),
    }),
  ),
  outcomes: z.array(z.object({ kind: z.enum(outcomeKinds), count: z.number() })),
  from: z.string(),
  to: z.string(),
});
export const ZFiguresQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });
