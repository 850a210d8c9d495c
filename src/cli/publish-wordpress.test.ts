/**
 * `porte-voix publish --to wordpress` end to end: the real binary, as CI runs it, against the real WordPress on
 * loopback (tests/support/real-wordpress.ts), the post read back through the REST API.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  countPosts,
  readMedia,
  readPost,
  realWordPress,
  WORDPRESS_REQUIRED,
  WORDPRESS_SKIP_REASON,
  type RealWordPress,
} from '../../tests/support/real-wordpress';
import { splitFrontMatter } from '../core/document/front-matter';
import { markdownToDocument } from '../core/document/markdown';
import { documentHtmlFragment } from '../core/export/html';

const BIN = fileURLToPath(new URL('../../bin/porte-voix.js', import.meta.url));

/**
 * A real article: the opening of "React Labs : ce sur quoi nous avons travaillé – juin 2022" (reactjs/fr.react.dev,
 * CC-BY-4.0, as in ../shared/corpus/fr-article-1614w.txt), with headings, a list and a link added.
 */
const ARTICLE = `---
title: React Labs, ce sur quoi nous avons travaillé
description: Les projets en cours de l'équipe React, de la recherche aux fonctionnalités presque prêtes.
tags: [Écriture, React, Éditions 2022]
lang: fr
---

# React Labs : juin 2022

React 18 a pris des années, mais il était porteur de précieuses leçons pour l'équipe React. Sa sortie était l'aboutissement de nombreuses années de recherche, en explorant de nouvelles voies.

## Ce que nous partageons

Nous avons généralement un certain nombre de projets en cours à tout instant, qui vont des plus expérimentaux à ceux déjà clairement spécifiés :

- les composants serveur ;
- le chargement des ressources ;
- le compilateur optimisant.

Évitons toutefois les attentes infondées : il ne s'agit pas d'une [feuille de route](https://fr.react.dev/blog) avec une chronologie définie.
`;

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function htmlOf(source: string): string {
  return documentHtmlFragment(markdownToDocument(splitFrontMatter(source).body));
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/porte-voix.js in `cwd` with the application password in its environment only. */
function porteVoix(cwd: string, args: string[], appPassword: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: cwd, WORDPRESS_APP_PASSWORD: appPassword };
  delete env['WORDPRESS_USER'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A folder outside any project (so no .vale.ini applies) holding the article. */
function article(source = ARTICLE): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-publish-wp-'));
  const file = path.join(dir, 'react-labs.md');
  writeFileSync(file, source);
  return { dir, file };
}

function publishArgs(wp: RealWordPress, ...extra: string[]): string[] {
  return ['publish', 'react-labs.md', '--to', 'wordpress', '--url', wp.url, '--user', wp.user, '--json', ...extra];
}

function published(run: Run): { id: string; url: string; status: string } {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout.endsWith('\n') && !run.stdout.slice(0, -1).includes('\n')).toBe(true);
  return JSON.parse(run.stdout) as { id: string; url: string; status: string };
}

function tests(wp: RealWordPress): void {
  it('publishes a draft, then updates the same post with the new title and status', async () => {
    const { dir, file } = article();
    const before = await countPosts(wp);

    const first = published(await porteVoix(dir, publishArgs(wp), wp.appPassword));
    expect(first.id).toMatch(/^\d+$/);
    expect(first.status).toBe('draft');
    let post = await readPost(wp, first.id);
    expect(post.title).toBe('React Labs, ce sur quoi nous avons travaillé');
    expect(post.content).toBe(htmlOf(ARTICLE));
    expect(post.content).toContain('<h2>Ce que nous partageons</h2>\n');
    expect(post.content).toContain('<ul>\n<li>les composants serveur ;</li>\n');
    expect(post.content).toContain('<a href="https://fr.react.dev/blog">feuille de route</a>');
    expect(post.excerpt).toBe(
      "Les projets en cours de l'équipe React, de la recherche aux fonctionnalités presque prêtes.",
    );
    expect(post.tags).toEqual(['Écriture', 'React', 'Éditions 2022'].sort());
    expect(post.status).toBe('draft');
    expect(await countPosts(wp)).toBe(before + 1);
    const record = (parse(splitFrontMatter(readFileSync(file, 'utf8')).frontMatter ?? '') as Record<string, unknown>)[
      'porte-voix'
    ];
    expect(record).toEqual({
      publications: { wordpress: { site: wp.url.replace(/\/+$/, ''), id: first.id, url: first.url, status: 'draft' } },
    });

    const retitled = readFileSync(file, 'utf8').replace(
      'title: React Labs, ce sur quoi nous avons travaillé',
      'title: React Labs, juin 2022',
    );
    writeFileSync(file, retitled);
    const second = published(await porteVoix(dir, publishArgs(wp), wp.appPassword));
    expect(second.id).toBe(first.id);
    post = await readPost(wp, first.id);
    expect(post.title).toBe('React Labs, juin 2022');
    expect(post.status).toBe('draft');

    const third = published(await porteVoix(dir, publishArgs(wp, '--status', 'publish'), wp.appPassword));
    expect(third).toMatchObject({ id: first.id, status: 'publish' });
    post = await readPost(wp, first.id);
    expect(post.status).toBe('publish');
    expect(post.content).toBe(htmlOf(retitled));
    expect(await countPosts(wp)).toBe(before + 1);
  }, 120_000);

  it('uploads the featured image, sets it on the post, keeps it on an update, and takes it off without image:', async () => {
    const source = ARTICLE.replace('lang: fr\n', 'lang: fr\nimage: images/couverture.png\n');
    const { dir, file } = article(source);
    mkdirSync(path.join(dir, 'images'));
    writeFileSync(path.join(dir, 'images', 'couverture.png'), PNG);

    const first = published(await porteVoix(dir, publishArgs(wp), wp.appPassword));
    let post = await readPost(wp, first.id);
    expect(post.featuredMedia).toBeGreaterThan(0);
    const media = await readMedia(wp, post.featuredMedia);
    expect(media.mimeType).toBe('image/png');
    expect(media.bytes.equals(PNG)).toBe(true);

    // An update with the same image keeps that media (nothing uploaded again).
    const second = published(await porteVoix(dir, publishArgs(wp), wp.appPassword));
    expect(second.id).toBe(first.id);
    expect((await readPost(wp, first.id)).featuredMedia).toBe(post.featuredMedia);

    writeFileSync(file, readFileSync(file, 'utf8').replace('image: images/couverture.png\n', ''));
    published(await porteVoix(dir, publishArgs(wp), wp.appPassword));
    post = await readPost(wp, first.id);
    expect(post.featuredMedia).toBe(0);
  }, 120_000);

  it('refuses a wrong application password clearly, creating nothing and leaving the file byte for byte', async () => {
    const { dir, file } = article();
    const before = await countPosts(wp);
    const wrong = 'abcd EFGH ijkl MNOP qrst UVWX';
    const run = await porteVoix(dir, publishArgs(wp), wrong);
    expect(run.status).toBe(1);
    const error = (JSON.parse(run.stdout) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('auth');
    expect(error.message).toBe(
      'WordPress refused the application password (401): check the user name and create a new application password in Users → Profile.',
    );
    expect(run.stderr).toBe(`porte-voix: ${error.message}\n`);
    for (const output of [run.stdout, run.stderr]) {
      expect(output).not.toContain(wrong);
      expect(output).not.toContain(wp.appPassword);
    }
    expect(await countPosts(wp)).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE);
  }, 120_000);
}

const wordpress = realWordPress();
const skipped = wordpress === undefined && !WORDPRESS_REQUIRED;
if (skipped) console.warn(WORDPRESS_SKIP_REASON);
// Skipped, and saying why, only where there is no WordPress and none is required (.ci/run requires one).
describe.skipIf(skipped)('porte-voix publish to a real WordPress', () => {
  if (wordpress !== undefined) {
    tests(wordpress);
    return;
  }
  it('needs the real WordPress', () => {
    throw new Error(WORDPRESS_SKIP_REASON.replace(/^SKIPPED/u, 'REQUIRED'));
  });
});
