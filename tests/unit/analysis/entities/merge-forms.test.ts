import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';

/** The mention texts of the entity that holds `name`. */
function groupOf(text: string, name: string): string[] {
  const entity = analyze(text).entities.find((e) => e.mentions.some((m) => m.text === name));
  return [...new Set(entity?.mentions.map((m) => m.text) ?? [])].sort();
}

describe('one entity for the forms a news article uses', () => {
  it('merges two names of one gazetteer entry, even an ambiguous short one', () => {
    expect(groupOf('The Federal Reserve raised rates on Wednesday. Economists expect the Fed to pause in June.', 'Fed')).toEqual(['Fed', 'Federal Reserve']);
  });

  it('merges "Department of X", "X Department" and "X"', () => {
    const text =
      'The Department of Environmental Protection said repairs would take a week. The Environmental Protection Department runs the water system, and Environmental Protection staff were on site.';
    expect(groupOf(text, 'Environmental Protection Department')).toEqual(['Department of Environmental Protection', 'Environmental Protection', 'Environmental Protection Department']);
  });

  it('merges a product without its brand', () => {
    expect(groupOf('I tried the Apple Vision Pro this week. The Vision Pro is heavy.', 'Vision Pro')).toEqual(['Apple Vision Pro', 'Vision Pro']);
  });

  it('merges a surname of several words with the full name that follows', () => {
    expect(groupOf('Potholes filled since de Blasio took office.\nSince Mayor Bill de Blasio took office in 2014, crews have filled more.', 'de Blasio')).toEqual([
      'Bill de Blasio',
      'de Blasio',
    ]);
  });

  it('gives a lone surname to the person it is the surname of, not to one it is the first name of', () => {
    const text = 'The French engineer Georges Claude lit a sign in 1910. Claude Debussy wrote music. Claude sold the patent in 1915.';
    expect(groupOf(text, 'Georges Claude')).toContain('Claude');
    expect(groupOf(text, 'Claude Debussy')).toEqual(['Claude Debussy']);
  });

  it('gives an acronym the title-case words before it that spell it, even ones the tagger missed', () => {
    const text =
      'Minecraft items can also store arbitrary metadata in a file format known as Named Binary Tag (NBT), which allows complex data structures to be kept in hierarchical nests. Previously, NBT was sent compressed with gzip.';
    expect(groupOf(text, 'NBT')).toEqual(['NBT', 'Named Binary Tag']);
    // A job's acronym the tagger does not take for a name stays a job.
    expect(analyze('The board hired a new Chief Executive Officer (CEO) last week. The CEO said sales rose.').entities).toEqual([]);
  });

  it('keeps the possessive out of a name defined by its acronym', () => {
    const text = 'The Chinese Communist Party’s (CCP) leaders met in Beijing. The CCP said it would act.';
    expect(groupOf(text, 'CCP')).toEqual(['CCP', 'Chinese Communist Party']);
  });

  it('gives a social media handle built from a name to that name’s entity', () => {
    expect(groupOf('Nelson D. Schwartz has covered economics since 2012. He joined The Times in 2007. @NelsonSchwartz', 'Nelson D. Schwartz')).toEqual([
      '@NelsonSchwartz',
      'Nelson D. Schwartz',
    ]);
    const uber = 'Uber raised its prices during the siege. A firestorm of criticism erupted – “@Uber_Sydney stop being greedy,” one Twitter response began.';
    expect(groupOf(uber, 'Uber')).toEqual(['@Uber_Sydney', 'Uber']);
    expect(analyze('Lucas Nolan is a reporter. Follow @newsdesk on Twitter.').entities.map((e) => e.name)).not.toContain('@newsdesk');
  });

  it('gives a company’s first word, used alone, to the company', () => {
    const text =
      'The first examples of neon debuted in Los Angeles, where the Packard Motor Car Company commissioned two large blue-and-orange Packard signs that stopped traffic.';
    expect(groupOf(text, 'Packard Motor Car Company')).toEqual(['Packard', 'Packard Motor Car Company']);
    // Not a word the article also writes in lower case.
    expect(groupOf('Shares of the Acme Widget Company rose. The Acme brand sells acme tools.', 'Acme Widget Company')).toEqual(['Acme Widget Company']);
  });

  it('keeps names that differ only in a national qualifier apart (they are often rivals: two leagues, two agencies)', () => {
    const text = 'The U.S. Football League sued the National Football League in 1984.';
    expect(groupOf(text, 'National Football League')).toEqual(['National Football League']);
    expect(groupOf('The National Weather Service and the U.S. Postal Service closed offices.', 'U.S. Postal Service')).toEqual(['U.S. Postal Service']);
  });
});
