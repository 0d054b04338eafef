/** Vocabularies of guidance and case management, shared by the server and the web app. */

export const caseStatuses = ['active', 'paused', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const noteVisibilities = ['organisation', 'partners'] as const;
export type NoteVisibility = (typeof noteVisibilities)[number];

export const goalKinds = ['language', 'recognition', 'employment', 'education', 'entrepreneurship', 'other'] as const;
export type GoalKind = (typeof goalKinds)[number];

export const goalStatuses = ['open', 'done', 'dropped'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

export const referralStatuses = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const outcomeKinds = ['employed_matching', 'employed_other', 'studies', 'entrepreneur', 'moved_away', 'other'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export const serviceEventKinds = [
  'case_opened',
  'case_assigned',
  'case_status',
  'appointment_booked',
  'appointment_cancelled',
  'appointment_attended',
  'appointment_missed',
  'group_session_attended',
  'referral_sent',
  'referral_accepted',
  'referral_declined',
  'referral_withdrawn',
  'plan_goal_added',
  'plan_goal_changed',
  'plan_task_added',
  'plan_task_done',
  'outcome_recorded',
] as const;
export type ServiceEventKind = (typeof serviceEventKinds)[number];

export const appointmentKinds = ['individual', 'group'] as const;
export type AppointmentKind = (typeof appointmentKinds)[number];

export const appointmentModes = ['in_person', 'phone', 'video'] as const;
export type AppointmentMode = (typeof appointmentModes)[number];

export const attendanceValues = ['attended', 'no_show'] as const;
export type Attendance = (typeof attendanceValues)[number];

/** Topics a walk-in visitor asked about at a service point. */
export const walkInTopics = [
  'job_search',
  'cv_and_applications',
  'language_studies',
  'degree_recognition',
  'residence_permit',
  'entrepreneurship',
  'education',
  'housing',
  'family_services',
  'other',
] as const;
export type WalkInTopic = (typeof walkInTopics)[number];

export const ageBands = ['under_25', '25_34', '35_44', '45_54', '55_plus', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

/** The language the walk-in conversation was held in. */
export const walkInLanguages = ['fi', 'sv', 'en', 'ru', 'uk', 'ar', 'so', 'fa', 'other'] as const;
export type WalkInLanguage = (typeof walkInLanguages)[number];
