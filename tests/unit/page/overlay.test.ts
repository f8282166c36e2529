import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Overlay } from '../../../src/page/overlay';

describe('the overlay', () => {
  it('when its shadow root cannot be built, says why and still puts an element with data-state on the page, never throwing', () => {
    // linkedom has neither document.implementation nor constructable stylesheets: building the closed root fails.
    const { document } = parseHTML('<!doctype html><html><head></head><body><p>Text</p></body></html>');
    const overlay = new Overlay(document as unknown as Document, new AbortController().signal);
    expect(overlay.failure).toBeInstanceOf(Error);
    const host = document.documentElement.lastElementChild!;
    expect(host.localName).toBe('sourcelight-overlay');
    overlay.setState('error');
    expect(host.getAttribute('data-state')).toBe('error');
    expect(host.getAttributeNames()).toEqual(['data-state']);
  });
});
