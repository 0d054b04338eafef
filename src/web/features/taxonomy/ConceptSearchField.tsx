import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../../app/forms';
import type { Message } from '../../app/problem';
import { isMoveKey, nextActive, type MoveKey } from './combobox';
import { LangTag, TaxonomySource } from './TaxonomySource';
import { useConceptSearch, useDebounced, useTaxonomySource, type ConceptHit, type ConceptKind } from './taxonomyApi';

type Props = {
  id: string;
  kind: ConceptKind;
  label: string;
  hintText?: string;
  /** Called with the chosen concept (mouse click or Enter on an option). */
  onSelect: (concept: ConceptHit) => void;
  /** The chosen concept, shown in the field; change it to show another. */
  value?: { uri: string; label: string } | null;
  error?: Message | undefined;
  /** The ESCO attribution (or demo notice) under the field; off where the page shows it once. */
  showSource?: boolean;
};

const debounceMs = 150;

/** Does the typed text match the label (so there is no need to say what matched)? */
function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

/**
 * Search field for one skill or occupation: the WAI-ARIA 1.2 combobox pattern with a listbox
 * popup (list autocomplete, manual selection). Reusable in any form that needs a concept.
 */
export function ConceptSearchField({ id, kind, label, hintText, onSelect, value, error, showSource = true }: Props) {
  const { t } = useTranslation();
  const msg = useMessage();
  const [text, setText] = useState(value?.label ?? '');
  const valueKey = value ? `${value.uri}\n${value.label}` : '';
  const [shownKey, setShownKey] = useState(valueKey);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listbox = useRef<HTMLUListElement>(null);
  const source = useTaxonomySource();
  const typed = useDebounced(text, debounceMs);
  const search = useConceptSearch(open ? typed : '', kind);
  const statusId = `${useId()}-status`;

  // A new value from the parent (the back button, a name in another UI language) replaces the text.
  if (valueKey !== shownKey) {
    setShownKey(valueKey);
    setText(value?.label ?? '');
    setOpen(false);
  }

  // New suggestions arrived: no option is active until the person moves to one.
  const [resultsShown, setResultsShown] = useState(search.data);
  if (search.data !== resultsShown) {
    setResultsShown(search.data);
    setActive(-1);
  }

  const items = open && text.trim() ? (search.data?.items ?? []) : [];
  const expanded = open && items.length > 0;
  const settled = open && text.trim() !== '' && typed === text && !search.isFetching && search.data !== undefined;
  const listboxId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const describedBy = [hintText ? `${id}-hint` : null, error ? `${id}-error` : null, showSource && source ? `${id}-source` : null]
    .filter(Boolean)
    .join(' ');

  function move(key: MoveKey) {
    const next = nextActive(key, active, items.length);
    setActive(next);
    if (next >= 0) listbox.current?.querySelector(`#${CSS.escape(optionId(next))}`)?.scrollIntoView({ block: 'nearest' });
  }

  function choose(hit: ConceptHit) {
    setText(hit.label);
    setOpen(false);
    setActive(-1);
    onSelect(hit);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (isMoveKey(e.key)) {
      // Home and End move in the text while no suggestions are shown.
      if ((e.key === 'Home' || e.key === 'End') && !expanded) return;
      e.preventDefault();
      if (!open) setOpen(true);
      // Alt+Down only opens the list (WAI-ARIA combobox pattern).
      if (!(e.key === 'ArrowDown' && e.altKey)) move(e.key);
      return;
    }
    switch (e.key) {
      case 'Enter': {
        const hit = expanded ? items[active] : undefined;
        if (hit) {
          e.preventDefault();
          choose(hit);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          e.preventDefault();
          setText('');
        }
        return;
      default:
        return;
    }
  }

  return (
    <div className={`field concept-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hintText && (
        <div id={`${id}-hint`} className="field-hint">
          {hintText}
        </div>
      )}
      <div className="concept-combobox">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <ul ref={listbox} id={listboxId} role="listbox" aria-label={label} className="concept-listbox" hidden={!expanded}>
          {items.map((hit, i) => (
            <li
              key={hit.uri}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // Keep the focus in the input, so the click does not close the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
              onMouseMove={() => active !== i && setActive(i)}
            >
              <span className="option-label">
                <span lang={hit.labelLang}>{hit.label}</span>
                <LangTag lang={hit.labelLang} />
              </span>
              {!sameText(hit.matchedLabel, hit.label) && (
                <span className="option-matched">{t('taxonomy.search.matched', { label: hit.matchedLabel })}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div id={statusId} role="status" className="visually-hidden">
        {settled ? t('taxonomy.search.results', { count: items.length }) : ''}
      </div>
      {open && settled && items.length === 0 && <div className="concept-none">{t('taxonomy.search.none')}</div>}
      {error && (
        <div id={`${id}-error`} className="field-error">
          {msg(error)}
        </div>
      )}
      {showSource && <TaxonomySource source={source} id={`${id}-source`} />}
    </div>
  );
}
