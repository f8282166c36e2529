/**
 * The parts of a web address the engine reads, parsed by the URL standard's
 * rules (https://url.spec.whatwg.org/): the `URL` class that Node and every
 * browser context, service workers included, provide. The engine compiles
 * without DOM or Node types, so the little it uses is typed here.
 */
interface StandardUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly pathname: string;
}
type StandardUrlConstructor = new (input: string) => StandardUrl;

const StandardURL = (globalThis as unknown as { URL: StandardUrlConstructor }).URL;

export interface WebAddress {
  /** The host as the URL standard serialises it: lower case, IDN as punycode, IPv6 in brackets, no trailing dot. */
  host: string;
  path: string;
  /** True when the address carries a user name or password, as in `https://reuters.com:443@evil.example/`. */
  hasCredentials: boolean;
}

/** An absolute http(s) address taken apart, or undefined for anything else or anything unparseable. */
export function parseWebAddress(href: string): WebAddress | undefined {
  let url: StandardUrl;
  try {
    url = new StandardURL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // "example.com." names the same host as "example.com" in DNS; show one form.
  const host = url.hostname.replace(/\.$/u, '');
  if (!host) return undefined;
  return { host, path: url.pathname, hasCredentials: url.username !== '' || url.password !== '' };
}
