import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import { DeltaReceiver, DeltaSender, DocumentReceiver, DocumentSender } from './findings-delta';

function finding(blockId: string, start: number, message = 'm'): Diagnostic {
  return {
    id: `${blockId}:R:${start}`,
    ruleId: 'PorteVoix.R',
    source: 's',
    severity: 'warning',
    message,
    blockId,
    range: { start, end: start + 1 },
    actual: 'x',
    expected: [],
  };
}

describe('findings sent as deltas', () => {
  it('sends only the blocks that changed, and the page rebuilds every finding in order', () => {
    const sender = new DeltaSender();
    const receiver = new DeltaReceiver();
    const first = [finding('a', 1), finding('a', 5), finding('b', 2), finding('c', 0)];
    const d1 = sender.next(first);
    expect(Object.keys(d1.changed)).toEqual(['a', 'b', 'c']);
    expect(receiver.apply(d1)).toEqual(first);

    const second = [finding('a', 1), finding('a', 5), finding('b', 3, 'moved'), finding('c', 0)];
    const d2 = sender.next(second);
    expect(d2.changed).toEqual({ b: [finding('b', 3, 'moved')] });
    expect(receiver.apply(d2)).toEqual(second);

    const third = [finding('c', 0), finding('d', 4)];
    const d3 = sender.next(third);
    expect(d3.changed).toEqual({ d: [finding('d', 4)], a: [], b: [] });
    expect(receiver.apply(d3)).toEqual(third);
  });

  it('stays right when the page applies a delta it then drops as superseded', () => {
    const sender = new DeltaSender();
    const receiver = new DeltaReceiver();
    receiver.apply(sender.next([finding('a', 1)]));
    receiver.apply(sender.next([finding('a', 2)])); // superseded: applied, not shown
    expect(receiver.apply(sender.next([finding('a', 2), finding('b', 1)]))).toEqual([finding('a', 2), finding('b', 1)]);
  });

  it('sends a document as the blocks that changed; the worker rebuilds it', () => {
    const sender = new DocumentSender();
    const receiver = new DocumentReceiver();
    const a = { id: 'a', kind: 'paragraph' as const, text: 'One.' };
    const b = { id: 'b', kind: 'paragraph' as const, text: 'Two.' };
    const first = sender.next({ title: 'T', blocks: [a, b] });
    expect(first.changed).toEqual([a, b]);
    expect(receiver.apply(first)).toEqual({ title: 'T', blocks: [a, b] });
    const edited = { ...b, text: 'Two!' };
    const c = { id: 'c', kind: 'heading' as const, level: 2, text: 'Three' };
    const second = sender.next({ title: 'T', blocks: [c, edited] });
    expect(second.changed).toEqual([c, edited]);
    expect(receiver.apply(second)).toEqual({ title: 'T', blocks: [c, edited] });
    // An identical copy of a block is not sent again.
    expect(sender.next({ title: 'T', blocks: [{ ...c }, { ...edited }] }).changed).toEqual([]);
  });
});
