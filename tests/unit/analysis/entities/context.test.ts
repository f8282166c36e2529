import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../../src/shared/schema';
import { findContext } from '../../../../src/analysis/entities/context';
import { segmentSentences } from '../../../../src/analysis/segment';

/** `others`: the article's other names, in reading order (what "its" may refer to). */
function contextOf(text: string, name: string, type: EntityType = 'PER', others: string[] = []): string | undefined {
  const spansOf = (n: string) => {
    const spans: Entity['mentions'] = [];
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) spans.push({ start: at, end: at + n.length, text: n });
    return spans;
  };
  const mentions = spansOf(name);
  const names = [...mentions, ...others.flatMap(spansOf)].sort((a, b) => a.start - b.start);
  const sentences = segmentSentences(text, { blocks: [] });
  const found = findContext(text, { id: 'e1', name, type, mentions }, sentences, false, names);
  if (found) expect(text.slice(found.start, found.end).length).toBeGreaterThan(0);
  return found?.text;
}

describe('findContext', () => {
  it('reads an appositive after the first mention', () => {
    expect(contextOf('In August, Lei Jun, the founder of Xiaomi, announced a robot.', 'Lei Jun')).toBe('the founder of Xiaomi');
    expect(contextOf('In March, GalaxySpace, a Chinese space technology company, launched six satellites.', 'GalaxySpace', 'ORG')).toBe(
      'a Chinese space technology company',
    );
    expect(contextOf('The No. 3 person, Deng Zongquan, the technical committee chairman, was removed.', 'Deng Zongquan')).toBe(
      'the technical committee chairman',
    );
    expect(contextOf('Xiaomi, China’s electronics giant, is being pushed forward.', 'Xiaomi', 'ORG')).toBe('China’s electronics giant');
  });

  it('keeps an initial’s period inside the appositive', () => {
    expect(contextOf('said Martin Indyk, a former U.S. ambassador to Israel. Then he left.', 'Martin Indyk')).toBe('a former U.S. ambassador to Israel');
  });

  it('reads a title before the name', () => {
    expect(contextOf('“Xiaomi is an alternative to Huawei,” China expert Li Yanming told reporters.', 'Li Yanming')).toBe('China expert');
    expect(contextOf('Snopes fact checker and staff writer David Emery posted to Twitter.', 'David Emery')).toBe(
      'Snopes fact checker and staff writer',
    );
    expect(contextOf('“It undermines the values,” White House press secretary Josh Earnest told reporters.', 'Josh Earnest')).toBe(
      'White House press secretary',
    );
  });

  it('reads the title word before the name through commas, spaces, non-breaking spaces and accented or curly-quoted words', () => {
    expect(contextOf('Yahoo’s chief executive, Marissa Mayer, spoke on Monday.', 'Marissa Mayer')).toBe('Yahoo’s chief executive');
    expect(contextOf('Rescue official\u00a0Ann Lee left.', 'Ann Lee')).toBe('Rescue official');
    expect(contextOf('Renault board member René Dupont resigned.', 'René Dupont')).toBe('Renault board member');
    expect(contextOf('The mayor-elect Ann Lee spoke.', 'Ann Lee')).toBe('mayor-elect');
    expect(contextOf('A 2021 report by co-founder & CEO Ann Lee was read.', 'Ann Lee')).toBe('CEO');
  });

  it('reads no title where the word before the name is none', () => {
    expect(contextOf('On Monday, Ann Lee spoke.', 'Ann Lee')).toBeUndefined();
    expect(contextOf('-- Ann Lee spoke.', 'Ann Lee')).toBeUndefined();
    expect(contextOf('Ann Lee spoke.', 'Ann Lee')).toBeUndefined();
  });

  it('reads a phrase before "named" or "called", and none when the name follows other words', () => {
    expect(contextOf('He hired a colleague named Barry Saltzman for the job.', 'Barry Saltzman')).toBe('a colleague');
    expect(contextOf('She founded a startup called Leadleo in 2015.', 'Leadleo', 'ORG')).toBe('a startup');
    expect(contextOf('A colleague renamed Barry Saltzman the lead.', 'Barry Saltzman')).toBeUndefined();
  });

  it('says whose title "its" refers to: the last name before it in its sentence', () => {
    expect(contextOf('Lei Jun is listed on the website of Galaxy Space after its founder Xu Ming, and others.', 'Xu Ming', 'PER', ['Lei Jun', 'Galaxy Space'])).toBe(
      'founder of Galaxy Space',
    );
    // A capitalised word that is no name, or a name in the sentence before, owns nothing: the phrase stays as written.
    expect(contextOf('After the vote on Tuesday, the board named its chief executive, Jane Doe, as chair.', 'Jane Doe')).toBe('its chief executive');
    expect(contextOf('Acme Corp lost the case. On Monday the firm named its chief executive, Jane Doe, as chair.', 'Jane Doe', 'PER', ['Acme Corp'])).toBe(
      'its chief executive',
    );
  });

  it('takes no title from a phrase that a preposition or demonstrative opens before a comma', () => {
    expect(contextOf('Through this platform, Meridia and the University of Graz brought together several institutes.', 'Meridia', 'ORG')).toBeUndefined();
    expect(contextOf('With the new network, Meridia reached more readers.', 'Meridia', 'ORG')).toBeUndefined();
    expect(contextOf('“We will grow,” said Yahoo’s chief executive, Marissa Mayer, on Tuesday.', 'Marissa Mayer')).toBe('Yahoo’s chief executive');
  });

  it('falls back to a relative clause or a copular sentence', () => {
    expect(contextOf('We spoke to Ann Lee, who runs the lab, about it.', 'Ann Lee')).toBe('who runs the lab');
    expect(contextOf('Ann Lee spoke first. She is the director of the museum.', 'Ann Lee')).toBe('the director of the museum');
  });

  it('takes no description that ends on a preposition, article or conjunction: it was cut off', () => {
    expect(contextOf('Ann Lee, a nominee for her role as a news anchor in “Deadline”, won.', 'Ann Lee')).toBeUndefined();
    expect(contextOf('We spoke to Ann Lee, who runs the lab for the, about it.', 'Ann Lee')).toBeUndefined();
    expect(contextOf('Ann Lee, a nominee for her role as a news anchor in the series, won.', 'Ann Lee')).toBe('a nominee for her role as a news anchor in the series');
  });

  it('does not take a list or a clause for a description', () => {
    expect(contextOf('Xiaomi, Huawei, and Apple compete.', 'Xiaomi', 'ORG')).toBeUndefined();
    expect(contextOf('Since Huawei is sanctioned by the United States, the CCP has replaced Huawei with Xiaomi.', 'United States', 'LOC')).toBeUndefined();
  });
});
