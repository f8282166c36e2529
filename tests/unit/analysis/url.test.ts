import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { documentHost } from '../../../src/analysis/claims/detectors/link';
import { parseWebAddress } from '../../../src/analysis/url';

describe('a link source host is read by the URL standard', () => {
  it.each([
    // Credentials: the real host is after the "@"; such a link is no source at all.
    ['https://reuters.com:443@evil.example/world/story', undefined],
    ['https://reuters.com@evil.example/world/story', undefined],
    ['https://user:pass@reuters.com/world/story', undefined],
    ['https://:secret@reuters.com/world/story', undefined],
    // Backslashes are slashes in special schemes: the authority ends at the first one.
    ['https://evil.example\\@reuters.com/world/story', 'evil.example'],
    ['https:\\\\evil.example\\reuters.com\\story', 'evil.example'],
    // Case, trailing dots, "www.", ports, percent-encoding and numeric IPv4 forms are normalised.
    ['HTTPS://WWW.Reuters.COM./world/story', 'reuters.com'],
    ['https://reuters.com:8443/world/story', 'reuters.com'],
    ['https://reu%74ers.com/world/story', 'reuters.com'],
    ['http://0x7f.1/report.pdf', '127.0.0.1'],
    ['http://[2001:DB8::1]:8080/report.pdf', '[2001:db8::1]'],
    // Internationalised names show as punycode, so a Cyrillic "а" cannot pass for "apple.com".
    ['https://аpple.com/newsroom/2024/report', 'xn--pple-43d.com'],
    ['https://bücher.de/katalog/buch', 'xn--bcher-kva.de'],
    // Navigation, in-page and non-web links are no document.
    ['https://reuters.com/', undefined],
    ['https://reuters.com', undefined],
    ['https://reuters.com/tags/economy', undefined],
    ['#section-2', undefined],
    ['mailto:desk@reuters.com', undefined],
    ['javascript:alert(1)//reuters.com/story', undefined],
    ['ftp://reuters.com/pub/report.pdf', undefined],
    ['https://exa mple.com/story', undefined],
    ['https://[::1/story', undefined],
  ])('%s → %s', (href, host) => {
    expect(documentHost(href)).toBe(host);
  });

  it('reports credentials separately from the host', () => {
    expect(parseWebAddress('https://reuters.com:443@evil.example/a')).toEqual({ host: 'evil.example', path: '/a', hasCredentials: true });
  });

  it('does not source a claim to the host a spoofed link pretends to', () => {
    // No source in the words ("…, the report shows." would be one): only the link can source it.
    const text = 'The central bank raised rates by half a point on Tuesday.';
    const links = [{ start: 0, end: text.length - 1, href: 'https://reuters.com:443@evil.example/markets/rates' }];
    const analysis = analyze(text, { links });
    const sources = analysis.sentences.map((s) => s.source?.text ?? '');
    expect(sources.join(' ')).not.toMatch(/reuters|evil/);
    const honest = analyze(text, { links: [{ ...links[0]!, href: 'https://www.reuters.com/markets/rates' }] });
    expect(honest.sentences[0]?.source?.text).toBe('reuters.com');
  });
});
