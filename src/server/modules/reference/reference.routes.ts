import { z } from 'zod';
import type { App, AppDeps } from '../../platform/http.js';
import { runUseCase } from '../../platform/http.js';
import { publicRoute } from '../../platform/policy.js';
import { listMunicipalities } from './reference.service.js';

const ZMunicipality = z.object({ code: z.string(), name: z.object({ fi: z.string(), sv: z.string(), en: z.string() }) });

export function registerReferenceRoutes(app: App, deps: AppDeps) {
  app.get(
    '/api/municipalities',
    {
      config: { policy: publicRoute('reference data for forms') },
      schema: { tags: ['reference'], summary: 'Finnish municipalities', response: { 200: z.object({ items: z.array(ZMunicipality) }) } },
    },
    async (request) => {
      const rows = await runUseCase(deps, request, (ctx) => listMunicipalities(ctx.tx));
      return { items: rows.map((r) => ({ code: r.code, name: { fi: r.nameFi, sv: r.nameSv, en: r.nameEn } })) };
    },
  );
}
