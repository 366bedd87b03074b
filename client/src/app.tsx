// The shell: resumes a session from the refresh cookie, shows sign-in while signed out (the URL
// stays, so after sign-in the user is back where they were), signs out after inactivity, and
// routes the signed-in pages.
import { useEffect, useState } from 'preact/hooks';
import { currentUser, lastActivity, noteActivity, onSession, resume, signOut } from './api/client';
import { forgetDrafts } from './drafts';
import { Layout, LanguageSwitch } from './components/layout';
import { Loading } from './components/ui';
import { t, useLang } from './i18n';
import { navigate, usePath } from './router';
import { PasswordResetPage } from './pages/account-reset';
import { SignInPage, type TSignInReason } from './pages/sign-in';
import { routePage } from './routes';

/** Minutes without activity before the client signs out (the server refuses a later refresh too). */
export const IDLE_MINUTES = 15;

export function App() {
  useLang();
  const path = usePath();
  const [phase, setPhase] = useState<'starting' | 'out' | 'in'>('starting');
  const [reason, setReason] = useState<TSignInReason>(null);
  const [, setUserId] = useState<string | null>(null);

  useEffect(() => {
    resume().then((ok) => setPhase(ok ? 'in' : 'out'));
    return onSession((event) => {
      if (event === 'ended') {
        setReason('expired');
        setPhase('out');
      } else {
        const id = currentUser()?.id ?? null;
        setUserId((previous) => {
          // Another person signing in on this browser never sees the previous one's unsaved drafts.
          if (previous && previous !== id) forgetDrafts();
          return id;
        });
        setPhase('in');
      }
    });
  }, []);

  useEffect(() => {
    const mark = () => noteActivity();
    document.addEventListener('click', mark, true);
    document.addEventListener('keydown', mark, true);
    const timer = setInterval(() => {
      if (currentUser() && Date.now() - lastActivity() > IDLE_MINUTES * 60_000) {
        void signOut();
        setReason('idle');
        setPhase('out');
      }
    }, 15_000);
    return () => {
      document.removeEventListener('click', mark, true);
      document.removeEventListener('keydown', mark, true);
      clearInterval(timer);
    };
  }, []);

  useEffect(() => noteActivity(), [path]);

  const onSignOut = async () => {
    // A session begun at the organisation's IdP is ended there too; the IdP sends the browser back.
    const toIdentityProvider = await signOut({ atIdentityProvider: true });
    forgetDrafts();
    if (toIdentityProvider) return;
    setUserId(null);
    setReason('signedOut');
    setPhase('out');
    navigate('/');
  };

  if (phase === 'starting') return <Loading />;
  // The reset link is opened signed out (its user cannot sign in); a reset ends every session of
  // that user, so this browser signs out too and shows sign-in with the outcome.
  if (path === '/account/reset') {
    const done = async () => {
      await signOut();
      forgetDrafts();
      setUserId(null);
      setReason('passwordReset');
      setPhase('out');
      navigate('/', { replace: true });
    };
    const page = <PasswordResetPage onDone={done} />;
    if (phase === 'in' && currentUser()) return <Layout onSignOut={onSignOut}>{page}</Layout>;
    return (
      <main id="main-content" class="container sign-in">
        <div class="sign-in-top">
          <span class="app-logo">{t('app.name')}</span>
          <LanguageSwitch />
        </div>
        {page}
      </main>
    );
  }
  if (phase === 'out' || !currentUser()) return <SignInPage reason={reason} idleMinutes={IDLE_MINUTES} />;
  return <Layout onSignOut={onSignOut}>{routePage(path)}</Layout>;
}
