import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BADGE_COLOR } from '../../../src/background/badge';
import { HIGH_CONTRAST_CSS, HIGHLIGHT_CSS } from '../../../src/page/highlight-styles';
import { MARGIN_RULE_CSS } from '../../../src/page/margin-rules';
import { NOTE_CSS } from '../../../src/ui/note-styles';
import { PAGE_LEGEND_CSS } from '../../../src/ui/page-legend';
import { PALETTE, SCHEMES } from '../../../src/ui/theme';

/** WCAG 2 AA for normal-size text. */
const AA = 4.5;

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const v = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{6})$/.exec(v);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[/,]\s*([\d.]+))?\s*\)$/.exec(v);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  throw new Error(`Not a colour this test reads: ${value}`);
}

/** A translucent colour painted over an opaque one. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(fg: string, bg: string): number {
  const back = parseColor(bg);
  const front = over(parseColor(fg), back);
  const [hi, lo] = [luminance(front), luminance(back)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

interface Rule {
  selector: string;
  decls: Map<string, string>;
  media?: string;
}

/** Rules of a stylesheet, one level of @media deep, comments dropped. */
function parseCss(css: string, media?: string): Rule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: Rule[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const head = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
    const body = text.slice(open + 1, j - 1);
    if (head.startsWith('@media')) rules.push(...parseCss(body, head));
    else if (!head.startsWith('@')) {
      const decls = new Map<string, string>();
      for (const decl of body.split(';')) {
        const colon = decl.indexOf(':');
        if (colon > 0) decls.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
      }
      rules.push({ selector: head, decls, ...(media ? { media } : {}) });
    }
    i = j;
  }
  return rules;
}

const SKIPPED = /^(inherit|currentcolor|transparent|none|initial|unset|highlighttext|canvastext)$/i;

/** Every text colour of a stylesheet: the `color` of each rule, and the rule's own background if it sets one. */
function textColours(rules: Rule[]): Array<{ selector: string; color: string; background?: string }> {
  return rules.flatMap((r) => {
    const color = r.decls.get('color');
    if (!color || SKIPPED.test(color)) return [];
    const background = r.decls.get('background-color') ?? r.decls.get('background');
    return [{ selector: r.selector, color, ...(background && !SKIPPED.test(background) ? { background } : {}) }];
  });
}

const resolve = (value: string, vars: Record<string, string>) => value.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
  if (!(name in vars)) throw new Error(`--${name} is not defined`);
  return vars[name]!;
});

describe('text contrast (WCAG AA, at least 4.5:1)', () => {
  it('in notes and the on-page legend, in the light, dark and high-contrast schemes', () => {
    const colours = textColours(parseCss(NOTE_CSS + PAGE_LEGEND_CSS + MARGIN_RULE_CSS));
    expect(colours.length).toBeGreaterThan(8);
    const failing: string[] = [];
    for (const scheme of SCHEMES) {
      const vars = PALETTE[scheme];
      for (const { selector, color, background } of colours) {
        for (const bg of background ? [background] : ['var(--bg)', 'var(--raised)']) {
          const ratio = contrast(resolve(color, vars), resolve(bg, vars));
          if (ratio < AA) failing.push(`${scheme} ${selector}: ${color} on ${bg} = ${ratio.toFixed(2)}`);
        }
      }
    }
    expect(failing).toEqual([]);
  });

  it('in the popup and the options page, in every scheme they offer', () => {
    const rules = parseCss(readFileSync('src/ui/popup/popup.css', 'utf8') + readFileSync('src/ui/options/options.css', 'utf8').replace(/@import[^;]+;/g, ''));
    const varsOf = (rule: Rule | undefined) => Object.fromEntries([...(rule?.decls ?? [])].filter(([k]) => k.startsWith('--')).map(([k, v]) => [k.slice(2), v]));
    const base = varsOf(rules.find((r) => r.selector === ':root' && !r.media));
    const schemes: Record<string, Record<string, string>> = {
      'auto (light)': base,
      'auto (dark)': { ...base, ...varsOf(rules.find((r) => r.selector === ':root' && r.media?.includes('dark'))) },
      light: { ...base, ...varsOf(rules.find((r) => r.selector === ':root[data-theme="light"]')) },
      dark: { ...base, ...varsOf(rules.find((r) => r.selector === ':root[data-theme="dark"]')) },
      'high-contrast': { ...base, ...varsOf(rules.find((r) => r.selector === ':root[data-theme="high-contrast"]')) },
    };
    const colours = textColours(rules);
    expect(colours.length).toBeGreaterThan(5);
    const failing: string[] = [];
    for (const [scheme, vars] of Object.entries(schemes)) {
      for (const { selector, color, background } of colours) {
        // Text can sit on the page or on a hovered row, notice or message box.
        for (const bg of background ? [background] : ['var(--bg)', 'var(--hover)']) {
          const ratio = contrast(resolve(color, vars), resolve(bg, vars));
          if (ratio < AA) failing.push(`${scheme} ${selector}: ${color} on ${bg} = ${ratio.toFixed(2)}`);
        }
      }
    }
    expect(failing).toEqual([]);
  });

  it('of page text under our tints, and of names in the high-contrast scheme', () => {
    const tints = [...HIGHLIGHT_CSS.matchAll(/background-color:\s*(rgb\([^)]*\))/g)].map((m) => m[1]!);
    expect(tints.length).toBeGreaterThanOrEqual(5);
    // A page's usual body text: dark on white, light on a dark background.
    for (const [text, page] of [['#1f2328', '#ffffff'], ['#e6edf3', '#1c2128']] as const) {
      for (const tint of tints) {
        const tinted = over(parseColor(tint), parseColor(page));
        expect(contrast(text, `rgb(${tinted.slice(0, 3).join(' ')})`), `${text} on ${tint} over ${page}`).toBeGreaterThanOrEqual(AA);
      }
    }
    for (const { color, background } of textColours(parseCss(HIGH_CONTRAST_CSS))) {
      expect(contrast(color, background!)).toBeGreaterThanOrEqual(AA);
    }
  });

  it('of the badge: white on its one neutral colour', () => {
    expect(contrast('#ffffff', BADGE_COLOR)).toBeGreaterThanOrEqual(AA);
  });

  it('fails a colour that is too light, so the check can fail', () => {
    expect(contrast('#e69f00', '#ffffff')).toBeLessThan(AA);
  });
});
