import { useRef } from 'react';

/** The panels of the side bar. */
export type SidebarTab = 'issues' | 'score' | 'channel';

/**
 * The side bar: tabs (arrow keys move between them, as ARIA tabs do) and the
 * selected tab's panel. Panels stay mounted only while selected.
 */
export function Sidebar({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly { id: SidebarTab; label: string; content: React.ReactNode }[];
  selected: SidebarTab;
  onSelect: (tab: SidebarTab) => void;
}): React.JSX.Element {
  const list = useRef<HTMLDivElement>(null);
  const move = (from: number, step: number): void => {
    const next = tabs[(from + step + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#pv-tab-${next.id}`)?.focus();
  };
  const current = tabs.find((t) => t.id === selected) ?? tabs[0];
  return (
    <aside className="pv-sidebar" aria-label={label}>
      <div className="pv-tabs" role="tablist" aria-label={label} ref={list}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            id={`pv-tab-${tab.id}`}
            type="button"
            role="tab"
            className="pv-tab"
            aria-selected={tab.id === current?.id}
            aria-controls={`pv-tabpanel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(i, 1);
              else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(i, -1);
              else return;
              event.preventDefault();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          className="pv-tabpanel"
          role="tabpanel"
          // The panel scrolls: it takes the focus so the keyboard can scroll it.
          tabIndex={0}
          id={`pv-tabpanel-${current.id}`}
          aria-labelledby={`pv-tab-${current.id}`}
        >
          {current.content}
        </div>
      )}
    </aside>
  );
}
