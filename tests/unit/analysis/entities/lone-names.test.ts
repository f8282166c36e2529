import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../src/shared/schema';
import { analyze } from '../../../../src/analysis';
import { buildEntities } from '../../../../src/analysis/entities/build';
import { withPersonEvidence } from '../../../../src/analysis/entities/person-evidence';
import { withPhotoCredits } from '../../../../src/analysis/entities/photo-credits';
import type { Mention } from '../../../../src/analysis/entities/types';

/** Mentions of the given names in one-sentence-a-line text, typed as a tagger typed them, and its sentences. */
function mentionsOf(text: string, names: [string, EntityType][]) {
  let from = 0;
  const mentions: Mention[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text after ${from}`);
    from = start + name.length;
    return { start, end: from, text: name, type };
  });
  let offset = 0;
  const sentences = text.split('\n').map((line) => {
    const span = { start: offset, end: offset + line.length };
    offset += line.length + 1;
    return span;
  });
  return { mentions, sentences };
}

function entitiesOf(text: string, names: [string, EntityType][]) {
  const { mentions, sentences } = mentionsOf(text, names);
  return buildEntities(text, mentions, sentences);
}

function typeOf(text: string, name: string, tagged: EntityType = 'ORG'): EntityType {
  const { mentions, sentences } = mentionsOf(text, [[name, tagged]]);
  return withPersonEvidence(text, mentions, sentences)[0]!.type;
}

describe('a lone surname whose full name the article never writes', () => {
  it('is a person when what follows it only a person does or has', () => {
    expect(typeOf('Seagal, whose grandmother was from Vladivostok, has made frequent trips to Russia.', 'Seagal')).toBe('PER');
    expect(typeOf('It included three tracks cowritten with Rafferty’s brother Jim.', 'Rafferty')).toBe('PER');
    expect(typeOf('Cotton was born on October 31, 1832, in a village near Sunderland.', 'Cotton', 'LOC')).toBe('PER');
    expect(typeOf('In 2011, Blunt starred in a British comedy film.', 'Blunt')).toBe('PER');
  });

  it('is a person when it opens the sentence and the first pronoun after it is a person’s', () => {
    expect(typeOf('Seagal made headlines when he described the annexation as reasonable.', 'Seagal')).toBe('PER');
    expect(typeOf('Kerber ended the season at the top, and her coach was pleased.', 'Kerber')).toBe('PER');
  });

  it('stays what the tagger said without such evidence, or when "it" comes first', () => {
    expect(typeOf('Verizon said it would cut jobs, and he agreed.', 'Verizon')).toBe('ORG');
    expect(typeOf('Analysts praised Acmecorp’s performance this quarter.', 'Acmecorp')).toBe('ORG');
    expect(typeOf('Acmecorp told reporters that its founder would speak.', 'Acmecorp')).toBe('ORG');
  });

  it('is a person when "and" joins it to a name the tagger read as a person’s', () => {
    const text = 'By mid-1962, Brooks and Carson had largely finished the editing.';
    const { mentions, sentences } = mentionsOf(text, [['Brooks', 'PER'], ['Carson', 'ORG']]);
    expect(withPersonEvidence(text, mentions, sentences).map((m) => m.type)).toEqual(['PER', 'PER']);
  });

  it('leaves a planet beside a misread one a planet', () => {
    const text = 'Currently, Mercury and Venus is conjunct.';
    const { mentions, sentences } = mentionsOf(text, [['Mercury', 'PER'], ['Venus', 'LOC']]);
    expect(withPersonEvidence(text, mentions, sentences).map((m) => m.type)).toEqual(['PER', 'LOC']);
  });

  it('types every mention of the word, wherever the evidence is', () => {
    const text = 'The album sold well.\nRafferty’s brother Jim wrote two songs with Rafferty.';
    const { mentions, sentences } = mentionsOf(text, [['Rafferty', 'ORG'], ['Rafferty', 'ORG']]);
    expect(withPersonEvidence(text, mentions, sentences).map((m) => m.type)).toEqual(['PER', 'PER']);
  });

  it('leaves names of several words, acronyms and listed places alone', () => {
    expect(typeOf('Hack Forums, who closed the section, apologised.', 'Hack Forums')).toBe('ORG');
    expect(typeOf('NASA, who launched it, was pleased.', 'NASA')).toBe('ORG');
    expect(typeOf('Shenzhen, whose police fined him, grew fast.', 'Shenzhen', 'LOC')).toBe('LOC');
  });
});

describe('a lone name the tagger left out', () => {
  const found = (text: string) =>
    withPersonEvidence(text, [], [{ start: 0, end: text.length }]).map((m) => `${m.type} ${m.text}`);

  it('is a person, every time the article writes it, when what follows it only a person does', () => {
    expect(found('Barrie enrolled at the University of Edinburgh. Later Barrie wrote plays.')).toEqual(['PER Barrie', 'PER Barrie']);
    expect(found('Isner, who produced some of his best tennis, also paid his tribute.')).toEqual(['PER Isner']);
  });

  it('is no person when it is a function word, a day, a field after "of", a gerund or a word the article writes small', () => {
    expect(found('Anyone who looks like a druggy is stopped. One, who asked not to be named, said so.')).toEqual([]);
    expect(found('The crowd on Saturday, who had turned out in support, cheered.')).toEqual([]);
    expect(found('He was the Director of Intelligence who fought for independence.')).toEqual([]);
    expect(found('Cloaking himself in the flag, he spoke.')).toEqual([]);
    expect(found('Nurses who starred in the show said nurses who retired were invited.')).toEqual([]);
  });

  it('reads a small form only as a word of its own: a hyphenated name in small letters, not inside a longer word', () => {
    expect(found('Brenlow-Hask, who starred in the show, left. The brenlow-hask method stayed.')).toEqual([]);
    expect(found('Brenlow-Hask, who starred in the show, left. The brenlow-haskish method stayed.')).toEqual(['PER Brenlow-Hask']);
    expect(found('Tarnwick, who starred in the show, left. Old tarnwicks stayed.')).toEqual(['PER Tarnwick']);
  });
});

describe('a surname that the gazetteer lists as a place', () => {
  it('is the person whose full name the article writes, when a person’s evidence follows it', () => {
    const text = 'Valeska Paris joined the ship in 1996.\nParis claims she was forced to work in the engine room.\nIn 2007, Paris left the ship.';
    const { mentions, sentences } = mentionsOf(text, [['Valeska Paris', 'PER'], ['Paris', 'LOC'], ['Paris', 'LOC']]);
    const entities = buildEntities(text, withPersonEvidence(text, mentions, sentences), sentences);
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Valeska Paris', 'PER', 3]]);
  });

  it('stays the place without that evidence', () => {
    const text = 'Valeska Paris joined the ship in 1996.\nThe ship sailed to Paris in June.';
    const { mentions, sentences } = mentionsOf(text, [['Valeska Paris', 'PER'], ['Paris', 'LOC']]);
    expect(buildEntities(text, withPersonEvidence(text, mentions, sentences), sentences).map((e) => [e.name, e.type])).toEqual([
      ['Valeska Paris', 'PER'],
      ['Paris', 'LOC'],
    ]);
  });
});

describe('a surname shared by a family', () => {
  it('joins the member named last with it', () => {
    const text = 'Ellen Gille married John Gille. A student named Sarah Gille studied at MIT. Rothman called Ellen Gille. Gille recalls the machine.';
    const groups = entitiesOf(text, [
      ['Ellen Gille', 'PER'],
      ['John Gille', 'PER'],
      ['Sarah Gille', 'PER'],
      ['Ellen Gille', 'PER'],
      ['Gille', 'PER'],
    ]).map((e) => e.mentions.map((m) => m.text));
    expect(groups).toEqual([['Ellen Gille', 'Ellen Gille', 'Gille'], ['John Gille'], ['Sarah Gille']]);
  });
});

describe('ages, treaties, eras and institutions’ common nouns', () => {
  const names = (text: string) => analyze(text).entities.map((e) => [e.name, e.type]);

  it('reads a period, a revolution and a treaty of a place as MISC', () => {
    expect(names('A Bronze Age observatory was built there.')).toContainEqual(['Bronze Age', 'MISC']);
    expect(names('In 1842 China agreed to the provisions of the Treaty of Nanking.')).toContainEqual(['Treaty of Nanking', 'MISC']);
  });

  it('keeps an era after a year or a century out, and British Columbia in', () => {
    expect(names('The city was founded in 512 BC and fell in the 5th century BC.').map(([n]) => n)).not.toContain('BC');
    expect(names('In 833 AD the state grew.').map(([n]) => n)).not.toContain('AD');
  });

  it('keeps "the Government", "the Bank" and "the Army" out', () => {
    const found = names('A general election is the last thing that the Government wants. The Army performed well, and the Bank has shown no interest.').map(([n]) => n);
    expect(found).not.toContain('Government');
    expect(found).not.toContain('Army');
    expect(found).not.toContain('Bank');
  });

  it('keeps a regnal number after a name the tagger reads as a person’s a person', () => {
    expect(entitiesOf('In his haste, Ramesses II committed a tactical error.', [['Ramesses II', 'PER']])[0]!.type).toBe('PER');
  });
});

describe('a photo credit', () => {
  const persons = (text: string) => analyze(text).entities.filter((e) => e.type === 'PER').map((e) => e.name);

  it('names its photographer, in capitals or not, before the agency', () => {
    expect(persons('JIM WATSON/AFP/Getty Images\nEmery retweeted it.')).toContain('JIM WATSON');
    expect(persons('Netanyahu visits the Western Wall. (Thomas Coex/AFP/Getty Images)')).toContain('Thomas Coex');
  });

  it('reads no credit where no agency follows a slash', () => {
    const credits = (text: string) => withPhotoCredits(text, []).map((m) => `${m.type} ${m.text}`);
    expect(credits('Flights Paris/London and Rome / Milan rose, for and/or against it.')).toEqual([]);
    expect(credits('Flights Paris/London rose. (Jim Watson / AFP)')).toEqual(['PER Jim Watson']);
  });

  it('leaves a caption’s last place and a glued label out of the name', () => {
    expect(persons('A neon sign glows in Paris Benoit Tessier/Reuters')).toContain('Benoit Tessier');
    expect(persons('A sign in Seoul. CreditCreditJeon Heon-Kyun/EPA, via Shutterstock')).toContain('Jeon Heon-Kyun');
  });
});
