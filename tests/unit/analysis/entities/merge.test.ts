import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../src/shared/schema';
import { buildEntities } from '../../../../src/analysis/entities/build';
import type { Mention } from '../../../../src/analysis/entities/types';

/** Mentions of the given names, found in the text in reading order. */
function mentionsIn(text: string, names: [string, EntityType][]): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text after ${from}`);
    from = start + name.length;
    return { start, end: from, text: name, type };
  });
}

function groups(text: string, names: [string, EntityType][]): string[][] {
  const entities = buildEntities(text, mentionsIn(text, names), [{ start: 0, end: text.length }]);
  return entities.map((e) => e.mentions.map((m) => m.text));
}

describe('buildEntities merging', () => {
  it('joins an acronym written before the name that it is given in parentheses after', () => {
    const text = 'Kultur- und Strukturwandel im DTB – Zwischenfazit\nDer Deutsche Turner-Bund (DTB) hat das Projekt ins Leben gerufen. Der DTB zieht Bilanz.';
    expect(groups(text, [['DTB', 'ORG'], ['Deutsche Turner-Bund', 'ORG'], ['DTB', 'ORG'], ['DTB', 'ORG']])).toEqual([['DTB', 'Deutsche Turner-Bund', 'DTB', 'DTB']]);
    const english = 'EMA backs the pill. The European Medicines Agency (EMA) said on Friday that EMA experts agreed.';
    expect(groups(english, [['EMA', 'ORG'], ['European Medicines Agency', 'ORG'], ['EMA', 'ORG'], ['EMA', 'ORG']])).toEqual([['EMA', 'European Medicines Agency', 'EMA', 'EMA']]);
  });

  it('leaves a club after a person and an acronym that already names something else', () => {
    const club = 'Das SCC-Team jubelt. Es siegte Sarah Kudla (SCC) vor dem SCC-Nachwuchs.';
    expect(groups(club, [['SCC', 'ORG'], ['Sarah Kudla', 'PER'], ['SCC', 'ORG']])).toEqual([['SCC', 'SCC'], ['Sarah Kudla']]);
    const taken = 'The Democratic Alliance (DA) won. Later the District Attorney (DA) spoke.';
    expect(groups(taken, [['Democratic Alliance', 'ORG'], ['DA', 'ORG'], ['District Attorney', 'ORG'], ['DA', 'ORG']])).toEqual([
      ['Democratic Alliance', 'DA', 'DA'],
      ['District Attorney'],
    ]);
  });

  it('joins an acronym given in parentheses and the shortened name', () => {
    const text = 'Xiaomi is at the forefront of the Chinese Communist Party’s (CCP) plans. The CCP wants it. The Communist Party agrees.';
    expect(groups(text, [['Xiaomi', 'ORG'], ['Chinese Communist Party', 'ORG'], ['CCP', 'ORG'], ['CCP', 'ORG'], ['Communist Party', 'ORG']])).toEqual([
      ['Xiaomi'],
      ['Chinese Communist Party', 'CCP', 'CCP', 'Communist Party'],
    ]);
  });

  it('joins a surname to the full name, either way round', () => {
    const text = 'Lei Jun spoke. Later Lei said more. Musk replied, and Elon Musk laughed.';
    expect(groups(text, [['Lei Jun', 'PER'], ['Lei', 'PER'], ['Musk', 'PER'], ['Elon Musk', 'PER']])).toEqual([
      ['Lei Jun', 'Lei'],
      ['Musk', 'Elon Musk'],
    ]);
  });

  it('joins a surname the tagger read as a place to the full name, but not a listed place', () => {
    const text = 'Hassan Nasrallah spoke. Cloaking himself in Nasrallah’s legacy, the party met. Paul Houston flew to Houston.';
    const entities = buildEntities(text, mentionsIn(text, [['Hassan Nasrallah', 'PER'], ['Nasrallah', 'LOC'], ['Paul Houston', 'PER'], ['Houston', 'LOC']]), [
      { start: 0, end: text.length },
    ]);
    expect(entities.map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['PER', ['Hassan Nasrallah', 'Nasrallah']],
      ['PER', ['Paul Houston']],
      ['LOC', ['Houston']],
    ]);
  });

  it('joins spacing, hyphen and possessive variants and known aliases', () => {
    const text = 'GalaxySpace launched. Galaxy Space’s founder spoke. The United States and the U.S. Senate. G-PAL and GPAL.';
    expect(
      groups(text, [['GalaxySpace', 'ORG'], ['Galaxy Space’s', 'ORG'], ['United States', 'LOC'], ['U.S.', 'LOC'], ['G-PAL', 'ORG'], ['GPAL', 'ORG']]),
    ).toEqual([['GalaxySpace', 'Galaxy Space’s'], ['United States', 'U.S.'], ['G-PAL', 'GPAL']]);
  });

  it('keeps a name apart from a longer name that starts with it', () => {
    const text = 'Tesla showed Optimus at Tesla AI Day. China Construction Bank invested in China.';
    expect(groups(text, [['Tesla', 'ORG'], ['Optimus', 'MISC'], ['Tesla AI Day', 'MISC'], ['China Construction Bank', 'ORG'], ['China', 'LOC']])).toEqual([
      ['Tesla'],
      ['Optimus'],
      ['Tesla AI Day'],
      ['China Construction Bank'],
      ['China'],
    ]);
  });

  it('names an entity by its fullest spelled-out mention and types it by majority', () => {
    const text = 'The CCP met. The Chinese Communist Party (CCP) met again.';
    const entities = buildEntities(
      text,
      mentionsIn(text, [['CCP', 'ORG'], ['Chinese Communist Party', 'ORG'], ['CCP', 'MISC']]),
      [{ start: 0, end: text.length }],
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Chinese Communist Party', type: 'ORG' });
  });

  it('names an entity by a mention in ordinary case over a dateline in capitals of the same length', () => {
    const text = 'MARION COUNTY, Ore. (KATU) -- A plan was approved. Marion County officials said it would cost $9 million.';
    const entities = buildEntities(text, mentionsIn(text, [['MARION COUNTY', 'LOC'], ['Marion County', 'LOC']]), [{ start: 0, end: text.length }]);
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Marion County', 2]]);
  });

  it('leaves out demonyms', () => {
    const text = 'Chinese firms and Israeli voters.';
    expect(groups(text, [['Chinese', 'MISC'], ['Israeli', 'MISC']])).toEqual([]);
  });

  it("leaves out a listed place's people and words that are all demonyms, but not a name or a place", () => {
    const text = 'The peninsula was divided by the Romans. San Franciscans and Iraqi Shiites protested. A North Korean golf tournament.';
    expect(groups(text, [['Romans', 'ORG'], ['San Franciscans', 'ORG'], ['Iraqi Shiites', 'ORG'], ['North Korean', 'LOC']])).toEqual([]);
    // "Roman" is a first name, "Milan" a place itself, "Roman Empire" ends with no people's word.
    const near = 'Roman Polanski met Roman in Milan. The Roman Empire fell.';
    expect(groups(near, [['Roman Polanski', 'PER'], ['Roman', 'PER'], ['Milan', 'LOC'], ['Roman Empire', 'LOC']])).toEqual([['Roman Polanski', 'Roman'], ['Milan'], ['Roman Empire']]);
  });
});

describe('buildEntities typing and context', () => {
  it('types an entity by the head noun of its description', () => {
    const text = 'In March, GalaxySpace, a Chinese space technology company, launched satellites.';
    const [entity] = buildEntities(text, mentionsIn(text, [['GalaxySpace', 'PER']]), [{ start: 0, end: text.length }]);
    expect(entity).toMatchObject({ name: 'GalaxySpace', type: 'ORG', context: 'a Chinese space technology company' });
    expect(text.slice(entity!.contextSpan!.start, entity!.contextSpan!.end)).toBe(entity!.context);
  });

  it('joins a full name to a first name seen before it, but not to any word it starts with', () => {
    const text = 'Fiona told the police. Her daughter, Fiona Parry, died.';
    expect(groups(text, [['Fiona', 'PER'], ['Fiona Parry', 'PER']])).toEqual([['Fiona', 'Fiona Parry']]);
    const yahoo = 'Yahoo sold its stake. Yahoo Japan stays.';
    expect(groups(yahoo, [['Yahoo', 'PER'], ['Yahoo Japan', 'PER']])).toEqual([['Yahoo'], ['Yahoo Japan']]);
  });

  it('keeps apart two full names that a shared first name or surname would join, but not one name written out more', () => {
    const namesakes = 'Rep. Mark Meadows retired. “Mark is held in high esteem,” he said. Rep. Mark Walker lost his seat.';
    expect(groups(namesakes, [['Mark Meadows', 'PER'], ['Mark', 'PER'], ['Mark Walker', 'PER']])).toEqual([['Mark Meadows', 'Mark'], ['Mark Walker']]);
    const family = 'Debbie Meadows backs her. Meadows founded a PAC. The site was registered by Scott Meadows.';
    expect(groups(family, [['Debbie Meadows', 'PER'], ['Meadows', 'PER'], ['Scott Meadows', 'PER']])).toEqual([['Debbie Meadows', 'Meadows'], ['Scott Meadows']]);
    const oneName = 'Hillary Rodham Clinton spoke. Clinton smiled. Hillary Clinton left.';
    expect(groups(oneName, [['Hillary Rodham Clinton', 'PER'], ['Clinton', 'PER'], ['Hillary Clinton', 'PER']])).toEqual([['Hillary Rodham Clinton', 'Clinton', 'Hillary Clinton']]);
    const initial = 'Henrik Pelto wrote it. Henrik sent more. Henrik P signed.';
    expect(groups(initial, [['Henrik Pelto', 'PER'], ['Henrik', 'PER'], ['Henrik P', 'PER']])).toEqual([['Henrik Pelto', 'Henrik', 'Henrik P']]);
  });
});
