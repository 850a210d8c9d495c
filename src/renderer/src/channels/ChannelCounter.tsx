import { useEffect, useState } from 'react';
import { useLocale, useLocalized } from '../i18n/i18n';
import { CHANNEL_STRINGS, formatCount } from './channel-strings';
import { counterLevel, type ChannelView, type CounterLevel } from './channel-view';
import './channels.css';

/** How long the count must stay still before screen readers hear the new sentence. */
const ANNOUNCE_DELAY_MS = 1200;

/**
 * The channel's character count: "231 / 280" (for the blog, "1,234
 * characters"), in a warning style within 10% of the limit and an error style
 * over it, with how many characters are left or over.
 *
 * Screen readers get the full sentence ("231 of 280 characters on X") as the
 * status's name, while the visible text updates on every keystroke. The live
 * region stays calm: it announces the sentence only once the count has been
 * still for a moment, and at once, in a few words, when the count crosses
 * into another level (near the limit, over it, back within it).
 */
export function ChannelCounter({ view }: { view: ChannelView }): React.JSX.Element {
  const locale = useLocale();
  const t = useLocalized(CHANNEL_STRINGS);
  const { channel, count } = view;
  const level = counterLevel(count);
  const used = formatCount(count.used, locale);
  const limit = count.limit === undefined ? undefined : formatCount(count.limit, locale);
  const n = formatCount(Math.abs(count.remaining ?? 0), locale);
  const sentence = t.counterSentence({ channel, used, limit, level, n });
  const hint = t.hint(level, n);

  const [settled, setSettled] = useState<{ sentence: string; level: CounterLevel }>({ sentence, level });
  useEffect(() => {
    const timer = setTimeout(() => setSettled({ sentence, level }), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [sentence, level]);
  const announced = settled.level === level ? settled.sentence : t.levelSentence(level, channel);

  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={sentence}
      className={`pv-channel-counter pv-channel-counter-${level}`}
    >
      <span className="pv-channel-counter-value" aria-hidden="true">
        {limit === undefined ? t.characters(count.used, used) : t.usedOfLimit(used, limit)}
      </span>
      {hint !== undefined && (
        <span className="pv-channel-counter-hint" aria-hidden="true">
          {hint}
        </span>
      )}
      <span className="pv-channel-visually-hidden">{announced}</span>
    </div>
  );
}
