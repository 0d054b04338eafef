import type { Db, Tx } from '../db/connection.js';
import type { Config } from '../config.js';
import type { ActorCtx, UseCaseCtx } from './context.js';
import type { App, AppDeps } from './http.js';
import type { RateLimits } from './auth.js';
import type { Logger } from './jobs.js';
import type { Role } from './policy.js';

/**
 * The module contract. Every domain under `src/server/modules/<domain>/` has an `index.ts`, its
 * public face: the use cases other modules may call, and one descriptor made with
 * `defineModule`. The app, the schema, the error registry, mail, the privacy export, the home
 * page, the demo region and the background jobs all iterate the one list of descriptors in
 * `src/server/modules.ts`; adding a domain on the server is one line there.
 */
export type ModuleDescriptor = {
  /** The module's folder name. */
  name: string;
  /** Registers the module's HTTP routes; every route declares its policy. */
  routes?: (app: App, deps: AppDeps) => void;
  /** The module's tables (its `<domain>.tables.ts`, imported as a namespace). */
  tables?: Record<string, unknown>;
  /** Error codes with their HTTP status, made with `defineErrors`. */
  errors?: Record<string, number>;
  /** Names of the mail templates it sends, made with `defineMail` (catalog keys `mail.<name>.subject|body`). */
  mail?: readonly string[];
  /** Which of its tables hold personal data, how to export and erase one person's rows, and which hold none. */
  personalData?: PersonalData;
  /** Defaults of the limits it reads from `deps.limits` (tests and configuration may override them). */
  limits?: Partial<Limits>;
  /** The module's part of the demo region. */
  demo?: DemoSeed;
  /** Figures for the signed-in home page, for the roles that see them. */
  home?: (ctx: ActorCtx, roles: ReadonlySet<Role>) => Promise<HomeFigure[]>;
  /** Work run in the background by each instance, safe when several instances run it. */
  jobs?: readonly Job[];
};

/**
 * Numeric limits of the app (rate limits and quotas): the platform's, and each module's, which a
 * module adds by declaration merging and gives a default in its descriptor's `limits`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- modules extend it
export interface Limits extends RateLimits {}

export type PersonRef = { userId: string; email: string };

/** Reads one person's rows of a table for their export (GDPR access and portability). */
export type Exporter = (tx: Tx, person: PersonRef) => Promise<Record<string, unknown>[]>;

export type PersonalData = {
  /** Each table with data about a person, and how to read that person's rows (secrets left out). */
  exporters: Record<string, Exporter>;
  /** Tables without data about a person, and why. */
  none?: Record<string, string>;
  /**
   * What erasure does to the module's rows beyond the cascade from the person's user row (rows
   * keyed by e-mail, rows that name the person as an author): runs before the user row goes.
   */
  erase?: (tx: Tx, person: PersonRef) => Promise<void>;
};

/** One figure on the home page: a catalog key naming it, its value, and where it leads. */
export type HomeFigure = { key: string; value: number; href?: string };

/**
 * What a module's demo seed works with. Seeds act through the modules' use cases, as the demo
 * region's people, so that service paths, audit trails and mail are what the product would write.
 */
export type DemoCtx = {
  db: Db;
  config: Config;
  /** The day the demo region is anchored on: its dates are relative to it. */
  today: Date;
  /** Ids made by earlier seeds, by key: `hub`, `org:<key>`, `person:<e-mail>`, or any key a seed sets. */
  ids: Map<string, string>;
  /** The id under `key`; fails loudly when an earlier seed did not set it. */
  id(key: string): string;
  /** Runs a use case as the person with this e-mail, in their hub, in one transaction; `at` sets `ctx.now`. */
  as<T>(email: string, fn: (ctx: ActorCtx) => Promise<T>, at?: Date): Promise<T>;
  /** Runs a use case with no one signed in (a sign-up, a public form), in the demo hub. */
  anonymous<T>(fn: (ctx: UseCaseCtx) => Promise<T>, at?: Date): Promise<T>;
};

export type DemoSeed = {
  /** Modules whose demo data this one needs first. */
  after?: readonly string[];
  seed(demo: DemoCtx): Promise<void>;
};

export type Job = {
  name: string;
  /** Milliseconds between runs; without it the job runs once, at start. */
  everyMs?: number;
  /** Whether the job runs with this app's dependencies (say, only when SMTP is configured). */
  enabled?: (deps: AppDeps) => boolean;
  run(deps: AppDeps, log: Logger): Promise<unknown>;
};

/** Declares a module. The identity function gives the descriptor its type checks. */
export function defineModule(descriptor: ModuleDescriptor): ModuleDescriptor {
  return descriptor;
}

/** Demo seeds of the modules, each after those it names (a stable topological order). */
export function demoOrder(modules: readonly ModuleDescriptor[]): ModuleDescriptor[] {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const done = new Set<string>();
  const order: ModuleDescriptor[] = [];
  const visit = (m: ModuleDescriptor, path: string[]) => {
    if (done.has(m.name)) return;
    if (path.includes(m.name)) throw new Error(`demo seeds depend on each other in a circle: ${[...path, m.name].join(' -> ')}`);
    for (const name of m.demo?.after ?? []) {
      const dep = byName.get(name);
      if (!dep) throw new Error(`the demo seed of ${m.name} needs ${name}, which is not a module`);
      visit(dep, [...path, m.name]);
    }
    done.add(m.name);
    if (m.demo) order.push(m);
  };
  for (const m of modules) visit(m, []);
  return order;
}
