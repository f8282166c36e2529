import { describe, expect, it } from 'vitest';
import { withPossessiveNames } from '../../../../src/analysis/entities/possessive-names';
import { recognizeMentions } from '../../../../src/analysis/entities/recognize';
import { segmentSentences } from '../../../../src/analysis/segment';

const mentions = (text: string) => recognizeMentions(text, segmentSentences(text)).map((m) => `${m.type} ${m.text}`);

describe('mention boundaries the tagger misses', () => {
  it('takes in a capitalised word that says what the name is', () => {
    expect(mentions('The carmaker has invested in related companies such as ZongMu Technology and G-PAL.')).toContain('ORG ZongMu Technology');
  });

  it('takes a title-case phrase in quotation marks as one name, once', () => {
    const found = mentions('Beijing promotes its “Belt and Road” initiative across Africa.');
    expect(found.filter((m) => m.includes('Road'))).toEqual(['MISC Belt and Road']);
  });

  it('leaves quoted ordinary words alone', () => {
    expect(mentions('Critics called the plan “a bad deal” for Ohio.').some((m) => m.includes('deal'))).toBe(false);
  });
});

describe('organisations the tagger skips', () => {
  it('finds a young company by its head word', () => {
    expect(mentions('According to a briefing published by China’s Leadleo Research on Sept. 23, the market grew.')).toContain('ORG Leadleo Research');
  });

  it('does not make a name of a capitalised word that starts a sentence', () => {
    expect(mentions('Research shows the plan works. Technology changes fast, analysts said.')).toEqual([]);
  });
});

describe('events named after their organiser', () => {
  it('are one name, apart from the organiser', () => {
    const found = mentions('Musk said at the Tesla AI Day on Oct. 1 that Optimus is expected to cost less than a Tesla car.');
    expect(found).toContain('MISC Tesla AI Day');
    expect(found).not.toContain('MISC AI Day');
  });
});

describe('an organisation named for two fields', () => {
  it('takes the words after "and" into an organisation’s of- or for-phrase', () => {
    expect(mentions('Deng Zongquan, the director of the Defense Laboratory for Aerospace Mechanisms and Control Technology in China, spoke.')).toContain(
      'ORG Defense Laboratory for Aerospace Mechanisms and Control Technology',
    );
    expect(mentions('Digging is slow, said Ian Michaels, a spokesman for the city’s Department of Design and Construction.')).toContain(
      'ORG Department of Design and Construction',
    );
  });

  it('takes an unlisted field before "and" into the organisation after it', () => {
    // Unseen pages wevolver and theintercept (issue 16): "Smart" LOC and "Obstetrics" MISC were names of their own.
    expect(mentions('The research was conducted in the Smart and Sustainable Automation Research Lab at the University of Michigan.')).toContain(
      'ORG Smart and Sustainable Automation Research Lab',
    );
    expect(mentions('Dr. Abed Abu Hasira, a doctor in the Obstetrics and Gynecology Department, said the unit was full.')).toContain(
      'ORG Obstetrics and Gynecology Department',
    );
    // Near misses: a word without "the" (UNER EWT dev), and a listed word, stay names of their own.
    expect(mentions('I worked for 20 years as editor-in-chief of Prevention and Rodale Books.')).toContain('ORG Rodale Books');
    expect(mentions('He studied at the Texas and Oklahoma State University campuses.').some((m) => m.includes('Texas and'))).toBe(false);
  });

  it('keeps two organisations joined by "and" apart when the second is a name of its own', () => {
    const found = mentions('The Department of Justice and Google settled the case on Monday.');
    expect(found).toContain('ORG Department of Justice');
    expect(found.some((m) => m.includes('Justice and'))).toBe(false);
    // An organisation "of" a place is named in full, and a known name with a head word is an organisation of its own.
    const schools = mentions('She studied at the University of Michigan and Harvard Business School before joining the firm.');
    expect(schools).toEqual(expect.arrayContaining(['ORG University of Michigan', 'ORG Harvard Business School']));
    expect(schools.some((m) => m.includes('Michigan and'))).toBe(false);
    // A field that is no name of its own still joins.
    expect(mentions('A spokeswoman for the Department of Health and Human Services declined to comment.')).toContain(
      'ORG Department of Health and Human Services',
    );
  });

  it('joins a company named for two partners that the tagger cut at "and"', () => {
    // Known with "&" (gazetteer and name lists), written with "and" in prose.
    expect(mentions('Shares of Procter and Gamble rose 2 percent on Tuesday.')).toContain('ORG Procter and Gamble');
    expect(mentions('Analysts expect Johnson and Johnson to settle the lawsuits.')).toContain('ORG Johnson and Johnson');
    // Two people stay two people.
    expect(mentions('Mary Johnson and Tom Gamble met in Ohio.').some((m) => m.includes(' and '))).toBe(false);
  });
});

describe('known names opening a sentence', () => {
  it('finds a name the gazetteer knows as the sentence’s first word, written as the gazetteer writes it', () => {
    expect(mentions('Ubisoft delayed the game again. Quantcast measured the traffic.')).toEqual(expect.arrayContaining(['ORG Ubisoft', 'ORG Quantcast']));
    expect(mentions('Trudeau will extend that invitation to the next president.')).toContain('PER Trudeau');
    // A common word with a capital is no known name written otherwise ("ICE", the agency).
    expect(mentions('Ice covered the roads in the north.')).toEqual([]);
  });
});

describe('names with a possessive inside', () => {
  it('keeps a holiday or a fair whole', () => {
    const found = mentions("Neon signs glowed at the 1933 World's Fair in Chicago. Sales peak before Valentine's Day and New Year's Eve.");
    expect(found).toEqual(expect.arrayContaining(["MISC World's Fair", "MISC Valentine's Day", "MISC New Year's Eve"]));
  });

  it('finds them on every line that holds one, at a line\'s start and end too', () => {
    const text = "Valentine's Day sales rose.\nThe shop stayed quiet in March.\nCrowds came for New Year’s Eve and Mother's Day\nAll of it was at the World's Fair";
    const found = withPossessiveNames(text, []).map((m) => `${m.start} ${m.text}`);
    expect(found).toEqual([
      `0 Valentine's Day`,
      `${text.indexOf('New Year’s Eve')} New Year’s Eve`,
      `${text.indexOf("Mother's Day")} Mother's Day`,
      `${text.indexOf("World's Fair")} World's Fair`,
    ]);
    expect(withPossessiveNames("The sales of Valentine's Daybreak rose.\nNo holiday here.", [])).toEqual([]);
  });

  it('keeps a title whole when the gazetteer knows its start', () => {
    expect(mentions("The update includes games like Forza Motorsport 7 and Assassin's Creed Origins.")).toContain("MISC Assassin's Creed Origins");
  });

  it('leaves a person’s possessive alone', () => {
    const found = mentions("Trump's White House said on Monday that Biden's Day One plan failed.");
    expect(found.some((m) => m.includes("'s"))).toBe(false);
  });
});

describe('a capital "The" the gazetteer’s name starts with', () => {
  it('belongs to the publication, which is not the ocean', () => {
    expect(mentions('This article originally appeared on The Atlantic.\nAbout the Author')).toContain('ORG The Atlantic');
    const found = mentions('The Atlantic Ocean is wide, and boats cross the Atlantic every day.');
    expect(found).toContain('LOC Atlantic Ocean');
    expect(found).toContain('LOC Atlantic');
  });
});

describe('words the tagger leaves before a name', () => {
  it('takes an ordinal before an event and every capitalised word after "named"', () => {
    expect(mentions('Neon signs were banned during the First World War in Paris.')).toContain('MISC First World War');
    expect(mentions('The facts are these: Someone named Man Haron Monis, who was considered unstable, took hostages.')).toContain('PER Man Haron Monis');
    expect(mentions('The ship was named Queen Mary after the queen.')).not.toContain('PER Queen Mary');
  });
});

describe('a known title’s subtitle', () => {
  it('takes the capitalised words after the colon, not a sentence after it', () => {
    expect(mentions('We played Call of Duty: WW2 and Minecraft: Dungeons on the console.')).toEqual(['MISC Call of Duty: WW2', 'MISC Minecraft: Dungeons']);
    expect(mentions('Fans of Fortnite: The game made $5 billion.')).toContain('MISC Fortnite');
  });
});

describe('a state university’s campus', () => {
  it('belongs to the university’s name, and a country after a comma does not', () => {
    expect(mentions('Sarah Gille, a physical oceanographer at the University of California, San Diego, was their daughter.')).toContain(
      'ORG University of California, San Diego',
    );
    const found = mentions('She studied at the University of Oxford, England, and later at the University of Texas, Austin.');
    expect(found).toEqual(expect.arrayContaining(['ORG University of Oxford', 'LOC England', 'ORG University of Texas, Austin']));
  });
});
