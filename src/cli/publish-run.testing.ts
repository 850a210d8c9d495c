/**
 * Test support for `porte-voix publish` against the fake blogs: the secrets, a sample article in a fresh folder, a
 * run of the command with its output, and what the file's front matter then holds.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../core/document/front-matter';
import { markdownToDocument } from '../core/document/markdown';
import { documentHtmlFragment } from '../core/export/html';
import { fetchClient, type HttpClient } from '../core/publish/http';
import type { DocumentFs } from '../main/services/documents';
import type { FakeBlog } from './fake-blogs.testing';
import { runPublish, type PublishIo } from './publish';

export const WP_USER = 'éditrice';
export const WP_PASSWORD = 'abcd EFGH 1234 ijkl MNOP 5678';
export const GHOST_KEY = '6489a1f0c2b3d4e5f6a7b8c9:a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const DEVTO_KEY = 'devto-key-1234567890abcdef';
export const ENV = { WORDPRESS_APP_PASSWORD: WP_PASSWORD, GHOST_ADMIN_API_KEY: GHOST_KEY, DEVTO_API_KEY: DEVTO_KEY };

export const ARTICLE = `---
# kept as written
title: Écrire pour être lu
description: How to write articles that people read to the end, with examples.
tags: [Écriture, Style]
categories: Guides
canonical_url: https://example.com/original
custom:
  keep: me # a comment
---

# A heading that is not the title

A paragraph with a [link](https://example.com/a).

- first
- second
`;

export const BODY = splitFrontMatter(ARTICLE).body;
export const HTML = documentHtmlFragment(markdownToDocument(BODY));

let blogs: FakeBlog[] = [];
afterEach(async () => {
  await Promise.all(blogs.map((blog) => blog.server.close()));
  blogs = [];
});

export async function started(blog: Promise<FakeBlog>): Promise<FakeBlog> {
  const running = await blog;
  blogs.push(running);
  return running;
}

/** A folder outside any project (no .vale.ini) with the article as post.md. */
export function folder(article = ARTICLE, name = 'post.md'): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-publish-'));
  writeFileSync(path.join(dir, name), article);
  return { dir, file: path.join(dir, name) };
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export async function publish(
  dir: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; http?: HttpClient; documentFs?: DocumentFs } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: PublishIo = {
    cwd: dir,
    env: options.env ?? ENV,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    version: '9.9.9',
    http: options.http ?? fetchClient(globalThis.fetch, { timeoutMs: 10_000 }),
    now: () => new Date('2026-11-27T10:00:00.000Z'),
    globalConfigPath: path.join(dir, 'no-global.ini'),
    ...(options.documentFs === undefined ? {} : { documentFs: options.documentFs }),
  };
  const status = await runPublish(args, io);
  return { status, stdout, stderr };
}

export function frontMatterOf(file: string): Record<string, unknown> {
  return parse(splitFrontMatter(readFileSync(file, 'utf8')).frontMatter ?? '') as Record<string, unknown>;
}

export function sentJson(blog: FakeBlog, index: number): Record<string, unknown> {
  return JSON.parse(blog.server.requests[index]?.text ?? '') as Record<string, unknown>;
}
