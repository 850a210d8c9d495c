/** The blogs Porte-voix publishes to, and what each one needs. */

export type PublishTarget = 'wordpress' | 'ghost' | 'devto';

export const PUBLISH_TARGETS: readonly PublishTarget[] = ['wordpress', 'ghost', 'devto'];

export function isPublishTarget(value: unknown): value is PublishTarget {
  return typeof value === 'string' && (PUBLISH_TARGETS as readonly string[]).includes(value);
}

/** Draft (the default everywhere) or public. Each client maps it to its service's own word. */
export type PublishStatus = 'draft' | 'publish';

export const PUBLISH_STATUSES: readonly PublishStatus[] = ['draft', 'publish'];

export interface PublishTargetInfo {
  /** The service as users know it. */
  label: string;
  /** What the secret is called on the service. */
  secretName: string;
  /** The environment variable the CLI reads the secret from. */
  secretEnv: string;
  /** Whether the account has a user name (WordPress only). */
  needsUser: boolean;
  /** The site address when the service has one for everybody (dev.to). */
  defaultUrl?: string;
}

export const PUBLISH_TARGET_INFO: Readonly<Record<PublishTarget, PublishTargetInfo>> = {
  wordpress: {
    label: 'WordPress',
    secretName: 'application password',
    secretEnv: 'WORDPRESS_APP_PASSWORD',
    needsUser: true,
  },
  ghost: { label: 'Ghost', secretName: 'Admin API key', secretEnv: 'GHOST_ADMIN_API_KEY', needsUser: false },
  devto: {
    label: 'DEV',
    secretName: 'API key',
    secretEnv: 'DEVTO_API_KEY',
    needsUser: false,
    defaultUrl: 'https://dev.to',
  },
};
