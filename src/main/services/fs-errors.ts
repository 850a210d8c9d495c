/** What the services say about a failed file operation: its code, and its cause in words the user can act on. */

/** The error's `code` (`ENOENT`, `EACCES`…), or `EUNKNOWN`. */
export function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
}

/** Why a file operation in a folder failed: permissions, a full or read-only disk, else the system's message. */
export function reason(error: unknown): string {
  const code = codeOf(error);
  if (code === 'EACCES' || code === 'EPERM') return "permission denied: check the folder's permissions";
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  return (error as Error).message ?? String(error);
}
