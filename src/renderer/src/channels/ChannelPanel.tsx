import { CHANNELS } from '../../../core/channels/channel';
import type { BlockOffset } from '../../../core/channels/social-text';
import { describeScore } from '../../../core/scorecard/meanings';
import { useLocale, useLocalized } from '../i18n/i18n';
import { ChannelCounter } from './ChannelCounter';
import { CHANNEL_STRINGS, formatCount } from './channel-strings';
import type { ChannelView, OpeningCheck } from './channel-view';
import './channels.css';

/** Where the editor should put the caret: a block and an offset in its text. */
export type JumpTarget = BlockOffset;

/**
 * The channel's side panel: the count against the network's limit, buttons
 * that move the caret to LinkedIn's "see more" folds and to the text past the
 * limit, the readability of a LinkedIn post's opening, and the network's
 * counting rules in words.
 */
export function ChannelPanel({
  view,
  onJump,
}: {
  view: ChannelView;
  onJump: (target: { blockId: string; offset: number }) => void;
}): React.JSX.Element {
  const locale = useLocale();
  const t = useLocalized(CHANNEL_STRINGS);
  const rules = CHANNELS[view.channel];
  const number = (n: number | undefined): string | undefined => (n === undefined ? undefined : formatCount(n, locale));
  const jumps: { label: string; target: JumpTarget | undefined }[] = [
    { label: t.goToMobileFold, target: view.folds.mobile },
    { label: t.goToDesktopFold, target: view.folds.desktop },
    { label: t.goToOverflow, target: view.overflow },
  ];
  const available = jumps.filter((jump): jump is { label: string; target: JumpTarget } => jump.target !== undefined);

  return (
    <section role="region" aria-label={t.region} className="pv-channel-panel">
      <h2 className="pv-channel-title">{t.heading(view.channel)}</h2>
      <ChannelCounter view={view} />
      {available.length > 0 && (
        <div className="pv-channel-jumps">
          {available.map((jump) => (
            <button
              key={jump.label}
              type="button"
              className="pv-button pv-button-quiet pv-channel-jump"
              onClick={() => onJump(jump.target)}
            >
              {jump.label}
            </button>
          ))}
        </div>
      )}
      {view.opening !== undefined && <Opening check={view.opening} />}
      <h3 className="pv-channel-subtitle">{t.rulesHeading}</h3>
      <ul className="pv-channel-rules">
        <li>{t.limitRule(number(rules.limit))}</li>
        <li>{t.urlRule(view.channel, number(rules.urlLength))}</li>
        <li>{t.characterRule(view.channel)}</li>
        {rules.fold !== undefined && (
          <li>{t.foldRule(formatCount(rules.fold.desktop, locale), formatCount(rules.fold.mobile, locale))}</li>
        )}
        <li>{t.formattingRule(rules.markdown)}</li>
      </ul>
    </section>
  );
}

/** The readability of the text above LinkedIn's mobile fold, and what to do when it is hard to read. */
function Opening({ check }: { check: OpeningCheck }): React.JSX.Element {
  const locale = useLocale();
  const t = useLocalized(CHANNEL_STRINGS);
  const meaning = describeScore(check.score, check.value, locale);
  return (
    <div className={`pv-channel-opening pv-channel-opening-${check.ok ? 'ok' : 'hard'}`}>
      <h3 className="pv-channel-subtitle">{t.openingHeading}</h3>
      <p className="pv-channel-verdict">{t.openingVerdict(check.ok)}</p>
      <p>
        {t.openingScore(meaning.label, formatCount(Math.round(check.value), locale))} {meaning.meaning}
      </p>
      {!check.ok && <p className="pv-channel-advice">{t.openingAdvice}</p>}
      <figure className="pv-channel-preview">
        <figcaption>{t.openingPreview}</figcaption>
        <blockquote lang={check.language}>{check.text}</blockquote>
      </figure>
    </div>
  );
}
