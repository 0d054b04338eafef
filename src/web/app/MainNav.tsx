import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RLink, useLocation } from 'react-router';
import type { NavEntry, NavGroup } from './feature';
import { features } from './features';
import { currentEntry, navigationFor, sees } from './navigation';
import { rolesOf, useMe, useSignOut } from './session';

const entries = features.flatMap((f) => f.nav ?? []);
/** Up to this many top-level items the list is shown as it is on a phone too; with more, behind the menu button. */
const shownWithoutMenu = 3;

function EntryLink({ entry, current, onNavigate }: { entry: NavEntry; current: NavEntry | null; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // The page itself is "page"; a page below it (a client of the client list) marks its section.
  const ariaCurrent = entry === current ? (pathname === entry.path ? 'page' : 'true') : undefined;
  return (
    <RLink to={entry.path} aria-current={ariaCurrent} onClick={onNavigate}>
      {t(entry.label)}
    </RLink>
  );
}

/**
 * The main navigation, grouped by task. Each group is a disclosure button with its links; on a
 * phone the whole list sits behind a menu button. Escape closes the open group (or else the
 * menu) and returns the focus to its button; a group also closes when the focus or a click
 * goes elsewhere, and everything closes when a link is followed.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const signOut = useSignOut();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<NavGroup | null>(null);
  const nav = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const groupButtons = useRef(new Map<NavGroup, HTMLButtonElement>());

  const roles = me ? rolesOf(me) : null;
  const items = navigationFor(entries, roles);
  const current = currentEntry(
    entries.filter((e) => sees(e.audience, roles)),
    pathname,
  );
  const collapsible = items.length > shownWithoutMenu;

  useEffect(() => {
    if (!openGroup) return;
    const closeOutside = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !nav.current?.contains(e.target)) setOpenGroup(null);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [openGroup]);

  function closeAll() {
    setOpenGroup(null);
    setMenuOpen(false);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    if (openGroup) {
      e.preventDefault();
      groupButtons.current.get(openGroup)?.focus();
      setOpenGroup(null);
    } else if (menuOpen) {
      e.preventDefault();
      menuButton.current?.focus();
      setMenuOpen(false);
    }
  }

  // Focus moving to another element closes the group; focus going nowhere (a click on a
  // button that some browsers do not focus) leaves it to the click.
  function leaveGroup(group: NavGroup, e: FocusEvent<HTMLLIElement>) {
    if (openGroup === group && e.relatedTarget instanceof Node && !e.currentTarget.contains(e.relatedTarget)) setOpenGroup(null);
  }

  return (
    <nav aria-label={t('nav.main')} className="main-nav" ref={nav} onKeyDown={onKeyDown}>
      <div className="main-nav-inner">
        {collapsible && (
          <button
            type="button"
            className="nav-menu-button"
            ref={menuButton}
            aria-expanded={menuOpen}
            aria-controls="main-nav-list"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="nav-menu-icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
        )}
        <ul id="main-nav-list" className={`nav-list${collapsible ? ' nav-collapsible' : ''}${menuOpen ? ' nav-open' : ''}`}>
          {items.map((item) => {
            if (item.kind === 'link')
              return (
                <li key={item.entry.path}>
                  <EntryLink entry={item.entry} current={current} onNavigate={closeAll} />
                </li>
              );
            const open = openGroup === item.group;
            const listId = `nav-group-${item.group}`;
            const holdsCurrent = current !== null && item.entries.includes(current);
            return (
              <li
                key={item.group}
                className={`nav-group nav-group-${item.group}${holdsCurrent ? ' nav-group-current' : ''}`}
                onBlur={(e) => leaveGroup(item.group, e)}
              >
                <button
                  type="button"
                  aria-expanded={open}
                  aria-controls={listId}
                  ref={(el) => {
                    if (el) groupButtons.current.set(item.group, el);
                    else groupButtons.current.delete(item.group);
                  }}
                  onClick={() => setOpenGroup(open ? null : item.group)}
                >
                  {item.group === 'account' && me ? (
                    <>
                      <span className="visually-hidden">{t('nav.signedInAs', { name: me.name })}</span>
                      <span aria-hidden="true">{me.name}</span>
                    </>
                  ) : (
                    t(`nav.group.${item.group}`)
                  )}
                  <span className="nav-chevron" aria-hidden="true" />
                </button>
                <ul id={listId} hidden={!open}>
                  {item.entries.map((entry) => (
                    <li key={entry.path}>
                      <EntryLink entry={entry} current={current} onNavigate={closeAll} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
          {me && (
            <li className="nav-sign-out">
              <button type="button" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}
