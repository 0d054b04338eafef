import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'suomifi-ui-components';

/**
 * A button that shows a form in place, so a long client page stays short until a form is
 * needed. Opening moves focus to the form's first field; `close` hides it again and returns
 * focus to the button.
 */
export function Reveal({
  id,
  label,
  children,
  variant = 'secondary',
}: {
  id: string;
  label: string;
  children: (close: () => void) => ReactNode;
  variant?: 'default' | 'secondary' | 'secondaryNoBorder';
}) {
  const [open, setOpen] = useState(false);
  const opened = useRef(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    else if (opened.current) button.current?.focus();
    opened.current = opened.current || open;
  }, [open]);
  if (open)
    return (
      <div id={`${id}-panel`} ref={panel} className="reveal-panel">
        {children(() => setOpen(false))}
      </div>
    );
  return (
    <Button variant={variant} id={id} ref={button} aria-expanded={false} onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
}
