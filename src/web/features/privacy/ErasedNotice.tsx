import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { InlineAlert } from 'suomifi-ui-components';
import { erasedParam } from './EraseAccountSection';

/**
 * On the landing page after the person deleted their account: confirms the deletion. The
 * marker is taken from the address once and removed from it, so that reloading the page or
 * coming back to it later does not show the message again.
 */
export function ErasedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const marked = params.has(erasedParam);
  const [shown] = useState(marked);
  // The live region is in the page first and gets its text a moment later, so that screen
  // readers announce it (a region that appears with its text already in it often is not).
  const [filled, setFilled] = useState(false);
  useEffect(() => {
    if (marked) void navigate(location.pathname, { replace: true });
  }, [marked, location.pathname, navigate]);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setFilled(true), 300);
    return () => clearTimeout(timer);
  }, [shown]);
  if (!shown) return null;
  return (
    <div role="status" className="privacy-erased-notice">
      {filled && <InlineAlert status="neutral">{t('privacy.erase.done')}</InlineAlert>}
    </div>
  );
}
