import { useEffect, useMemo, useRef } from 'react';
import type { DocumentFileCommands } from '../editor/plugins/DocumentFilePlugin';

/** The document's front matter, read and changed outside the render (the gate and the Publish dialog). */
export interface FrontMatterAccess {
  /** The front matter as it is now, with the edits made through `edit` already in. */
  current(): string | undefined;
  /**
   * Replaces the front matter with `change(current)` as the Article panel does: the document becomes unsaved and
   * the front matter is saved with it. Returns the new front matter.
   * @throws what `change` throws (a FrontMatterEditError for malformed YAML); nothing changes then.
   */
  edit(change: (yaml: string | undefined) => string): string;
}

/** Access to the front matter the app holds (`frontMatter`, `setFrontMatter`) and the document file keeps. */
export function useFrontMatter(
  frontMatter: string | undefined,
  setFrontMatter: (yaml: string | undefined) => void,
  fileCommands: React.RefObject<DocumentFileCommands | null>,
): FrontMatterAccess {
  const now = useRef(frontMatter);
  useEffect(() => {
    now.current = frontMatter;
  }, [frontMatter]);
  return useMemo(
    () => ({
      current: () => now.current,
      edit: (change) => {
        const yaml = change(now.current);
        now.current = yaml;
        setFrontMatter(yaml);
        fileCommands.current?.setFrontMatter(yaml);
        return yaml;
      },
    }),
    [setFrontMatter, fileCommands],
  );
}
