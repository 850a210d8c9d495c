import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS, CHANNELS, isChannelId } from './channel';
import { X_CONFIG } from './x-weight';

describe('CHANNELS', () => {
  it('describes every channel id, in display order', () => {
    expect(CHANNEL_IDS).toEqual(['linkedin', 'x', 'mastodon', 'blog']);
    expect(Object.keys(CHANNELS).sort()).toEqual([...CHANNEL_IDS].sort());
  });

  it('gives each network its limit, URL length, fold and Markdown support', () => {
    expect(CHANNELS.x).toMatchObject({ limit: 280, urlLength: 23, urlsWithoutProtocol: true, markdown: false });
    expect(CHANNELS.mastodon).toMatchObject({
      limit: 500,
      urlLength: 23,
      urlsWithoutProtocol: false,
      mentionsCountUserOnly: true,
      markdown: false,
    });
    expect(CHANNELS.linkedin).toMatchObject({
      limit: 3000,
      urlLength: undefined,
      fold: { desktop: 210, mobile: 140 },
      markdown: false,
    });
    expect(CHANNELS.blog).toMatchObject({ limit: undefined, urlLength: undefined, fold: undefined, markdown: true });
    expect(CHANNEL_IDS.filter((id) => CHANNELS[id].fold !== undefined)).toEqual(['linkedin']);
  });

  it('agrees with the X weighting configuration', () => {
    expect(CHANNELS.x.limit).toBe(X_CONFIG.maxWeightedTweetLength);
    expect(CHANNELS.x.urlLength).toBe(X_CONFIG.transformedURLLength);
  });
});

describe('isChannelId', () => {
  it('accepts the four ids and nothing else', () => {
    for (const id of CHANNEL_IDS) expect(isChannelId(id)).toBe(true);
    for (const value of ['X', 'twitter', '', 'blog ', undefined, null, 3, {}, ['x']]) {
      expect(isChannelId(value)).toBe(false);
    }
  });
});
