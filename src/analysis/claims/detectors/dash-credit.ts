import type { Detector } from '../types';

/**
 * A quotation or headline credited after a dash: "“…” — CBC.ca, August 15, 2008",
 * "… the mainstream media laughs about it. — Rick Santorum". The credit is a short
 * run of capitalised words after the dash, up to a comma; the dash must follow a
 * closing quote or a sentence's end, so that "— Smith, the mayor, said" mid-sentence does not count.
 */
const CREDIT = /(?:[.!?]["”’)\]]*|["”’])\s*[—–]\s*(\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|de|van|von|and)){0,5})\s*(?:,[^—–]{0,60})?$/u;

export const dashCreditDetector: Detector = {
  name: 'dash-credit',
  stage: 'frame',
  detect(sentence) {
    const match = CREDIT.exec(sentence.text);
    if (!match) return [];
    const name = match[1]!;
    const start = sentence.start + match.index + match[0].indexOf(name);
    const end = start + name.length;
    const dash = sentence.start + match.index + match[0].search(/[—–]/u);
    const person = !/\.(?:\p{L}{2,})$|&/u.test(name) && name.split(/\s+/u).length <= 4;
    return [{ detector: this.name, source: { start, end, text: name, specific: true, person }, cues: [{ kind: 'reporting-verb', start: dash, end }], at: start }];
  },
};
