import { signedIn, signedOutOnly } from '../../app/access';
import { defineFeature } from '../../app/feature';
import { AccountPage } from './AccountPage';
import { ConfirmSignUpPage } from './ConfirmSignUpPage';
import { ForgotPasswordPage, ResetPasswordPage } from './PasswordResetPages';
import { SignInPage } from './SignInPage';
import { SignUpPage } from './SignUpPage';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';

/** Signing in and up, passwords, and the person's own account. */
export const auth = defineFeature({
  name: 'auth',
  routes: [
    { path: '/sign-in', Component: SignInPage },
    signedOutOnly([{ path: '/sign-up', Component: SignUpPage }]),
    { path: '/sign-up/confirm', Component: ConfirmSignUpPage },
    { path: '/forgot-password', Component: ForgotPasswordPage },
    { path: '/reset-password', Component: ResetPasswordPage },
    signedIn([{ path: '/account', Component: AccountPage }]),
  ],
  nav: [
    { label: 'nav.account', path: '/account', audience: 'signedIn', group: 'account', order: 20 },
    { label: 'nav.signIn', path: '/sign-in', audience: 'signedOut', group: null, order: 90 },
    { label: 'nav.signUp', path: '/sign-up', audience: 'signedOut', group: null, order: 91 },
  ],
  catalogs: { fi, sv, en },
});
