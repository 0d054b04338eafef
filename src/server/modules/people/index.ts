/** The people module's public face: persons, their accounts and memberships, sign-up and the home page. */
import { defineModule } from '../../platform/module.js';
import { peopleErrors } from './people.errors.js';
import { peopleMail } from './people.mail.js';
import { peoplePersonalData } from './people.personal-data.js';
import { registerPeopleRoutes } from './people.routes.js';
import { peopleFigures } from './people.service.js';
import * as tables from './people.tables.js';

export { findUserByEmail, hasCredential } from './people.repo.js';
export { claimAccount, createPerson, type NewPerson } from './people.service.js';

declare module '../../platform/module.js' {
  interface Limits {
    /** Sign-ups from one network address in 10 minutes. */
    signUpPer10Minutes: number;
  }
}

export const peopleModule = defineModule({
  name: 'people',
  routes: registerPeopleRoutes,
  tables,
  errors: peopleErrors,
  mail: peopleMail,
  personalData: peoplePersonalData,
  limits: { signUpPer10Minutes: 10 },
  home: peopleFigures,
});
