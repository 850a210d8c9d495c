import { useMemo, useRef, useState } from 'react';
import { recordOverride } from '../../../core/publish/front-matter-records';
import { GateDialog } from './GateDialog';
import {
  GATE_NOTICE_MS,
  gateNeeded,
  noticeIfSlow,
  overrideRecord,
  type GateAction,
  type GateFacts,
  type WaitNotice,
} from './publish-gate';
import type { FrontMatterAccess } from './use-front-matter';

/** A reason given at the gate before publishing: recorded with the publication, once it succeeded. */
export interface GateOverride {
  reason: string;
  facts: GateFacts;
}

/** The pre-publish gate, for the Export menu's copies and for the Publish dialog. */
export interface PublishGate {
  /**
   * Before a copy: once the check of the last edit has finished (`onWaiting` is told while that takes a while),
   * when the document has error-level findings, asks for a reason and records the override in the
   * front matter. Resolves with the front matter to copy (the override in it), or undefined when the writer cancels.
   */
  beforeCopy(onWaiting?: WaitNotice): Promise<{ frontMatter: string | undefined } | undefined>;
  /**
   * Before publishing: when the document has error-level findings, asks for a reason. Resolves with the override to
   * record with the publication (undefined when there was no error), or undefined when the writer cancels: nothing is
   * recorded until the post is published, so a failed publication leaves the document as it was.
   */
  beforePublish(onWaiting?: WaitNotice): Promise<{ override: GateOverride | undefined } | undefined>;
}

interface Question {
  action: GateAction;
  facts: GateFacts;
  /** Records the reason (or checks that it can be); returns why it could not. */
  accept: (reason: string) => string | undefined;
  answer: (reason: string | undefined) => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The gate's logic and its dialog (to render once, in the app). `facts` gives the findings and packs of the text as
 * it is when a copy or a publication starts (once the check of its last edit has finished).
 */
export function usePublishGate(
  facts: () => Promise<GateFacts>,
  frontMatter: FrontMatterAccess,
): { gate: PublishGate; dialog: React.ReactNode } {
  const [question, setQuestion] = useState<Question>();
  const given = useRef('');

  const gate = useMemo<PublishGate>(() => {
    const ask = (action: GateAction, asked: GateFacts, accept: Question['accept']): Promise<string | undefined> =>
      new Promise((resolve) => {
        setQuestion((previous) => {
          // A new question replaces one still open (it cannot happen from the UI, which is modal): that one is cancelled.
          previous?.answer(undefined);
          return { action, facts: asked, accept, answer: resolve };
        });
      });
    return {
      async beforeCopy(onWaiting) {
        const asked = await noticeIfSlow(facts(), onWaiting, GATE_NOTICE_MS);
        if (!gateNeeded(asked)) return { frontMatter: frontMatter.current() };
        let recorded: string | undefined;
        const reason = await ask('copy', asked, (text) => {
          try {
            recorded = frontMatter.edit((yaml) =>
              recordOverride(yaml, overrideRecord(asked, 'copy', text, new Date())),
            );
            return undefined;
          } catch (error) {
            return messageOf(error);
          }
        });
        return reason === undefined ? undefined : { frontMatter: recorded };
      },
      async beforePublish(onWaiting) {
        const asked = await noticeIfSlow(facts(), onWaiting, GATE_NOTICE_MS);
        if (!gateNeeded(asked)) return { override: undefined };
        const reason = await ask('publish', asked, (text) => {
          // Recorded once published; a front matter that cannot take it is said now.
          try {
            recordOverride(frontMatter.current(), overrideRecord(asked, 'publish', text, new Date()));
            return undefined;
          } catch (error) {
            return messageOf(error);
          }
        });
        return reason === undefined ? undefined : { override: { reason, facts: asked } };
      },
    };
  }, [facts, frontMatter]);

  const dialog = question && (
    <GateDialog
      action={question.action}
      facts={question.facts}
      onConfirm={(reason) => {
        const failure = question.accept(reason);
        if (failure === undefined) given.current = reason;
        return failure;
      }}
      onClose={(confirmed) => {
        question.answer(confirmed ? given.current : undefined);
        given.current = '';
        setQuestion(undefined);
      }}
    />
  );
  return { gate, dialog };
}
