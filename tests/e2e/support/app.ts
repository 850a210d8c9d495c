import { expect, type Locator, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../../src/core/host';
import { DEFAULT_SETTINGS } from '../../../src/core/host-schema';

/** The web host's backups of unsaved work (hot exit), in the data folder the tests share. */
export const BACKUPS_DIR = join(process.env['PORTE_VOIX_E2E_DATA'] ?? '', 'backups');

/**
 * Deletes every backup of unsaved work. A test's page closes without saving, as a crash would, so
 * it may leave one behind, and the next page would offer to restore it. A backup the host is still
 * writing meanwhile makes the folder not empty for a moment: the removal then tries again.
 */
export function clearBackups(): void {
  if (process.env['PORTE_VOIX_E2E_DATA']) {
    rmSync(BACKUPS_DIR, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }
}

/** Puts every setting back to its default through the web host's API (tests share one data folder). */
export async function resetSettings(page: Page): Promise<void> {
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const response = await page.request.post(`/__porte-voix/api/setSetting`, {
      data: { args: [key, value] },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(response.ok()).toBe(true);
  }
}

/** The settings as the host keeps them (read through the web host's API). */
export async function storedSettings(page: Page): Promise<Settings> {
  const response = await page.request.post(`/__porte-voix/api/getSettings`, {
    data: { args: [] },
    headers: { origin: new URL(page.url()).origin },
  });
  const result = (await response.json()) as { ok: true; value: Settings };
  return result.value;
}

/** Opens the app with default settings and no backups to restore, and waits until the editor and its first figures are there. */
export async function openApp(page: Page): Promise<{ editor: Locator; figure: (label: string) => Locator }> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await resetSettings(page);
  clearBackups();
  await page.reload();
  const editor = page.getByRole('textbox', { name: 'Document' });
  await expect(editor).toBeVisible();
  const figure = (label: string): Locator => page.getByRole('group', { name: label }).locator('.pv-figure-value');
  await expect(figure('Words')).toHaveText('0');
  expect(errors).toEqual([]);
  return { editor, figure };
}

/** The texts painted with one highlight (`pv-mark-error`, `pv-mark-overflow`…). */
export function markedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()), name);
}

/** The centre of the first painted range of a highlight whose text is `text`. */
export async function markCentre(page: Page, name: string, text: string): Promise<{ x: number; y: number }> {
  const centre = await page.evaluate(
    ([n, t]) => {
      for (const r of CSS.highlights.get(n ?? '') ?? []) {
        if (!(r instanceof Range) || r.toString() !== t) continue;
        const box = r.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    },
    [name, text],
  );
  if (!centre) throw new Error(`no ${name} mark on “${text}”`);
  return centre;
}

/** The platform's modifier key for shortcuts. */
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Drags a file over the editor, then drops it there, as the desktop does. */
export async function dropFile(
  page: Page,
  file: { name: string; content: string | number[] },
  options: { checkOverlay?: boolean } = {},
): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, content }) => {
    const transfer = new DataTransfer();
    const part = typeof content === 'string' ? content : new Uint8Array(content);
    transfer.items.add(new File([part], name));
    return transfer;
  }, file);
  const editor = page.getByRole('textbox', { name: 'Document' });
  await editor.dispatchEvent('dragenter', { dataTransfer });
  await editor.dispatchEvent('dragover', { dataTransfer });
  if (options.checkOverlay) await expect(page.getByText('Drop to open')).toBeVisible();
  await editor.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText('Drop to open')).toHaveCount(0);
}
