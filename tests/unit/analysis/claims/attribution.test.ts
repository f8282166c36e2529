import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';
import type { Sentence } from '../../../../src/shared/schema';

/** The analysed sentence of `text` that starts with `opening`. */
function sentence(text: string, opening: string): Sentence {
  const found = analyze(text).sentences.find((s) => s.text.startsWith(opening));
  if (!found) throw new Error(`no sentence starts with ${opening}`);
  return found;
}

describe('direct quotations', () => {
  it('finds the speaker after the quotation', () => {
    const text = '“Xiaomi is an alternative to Huawei,” China expert Li Yanming told The Epoch Times.';
    const s = sentence(text, '“Xiaomi');
    expect(s).toMatchObject({ label: 'sourced', source: { text: 'Li Yanming' } });
    expect(s.cues.map((c) => text.slice(c.start, c.end))).toContain('told');
  });

  it('finds the speaker before the quotation', () => {
    const text = 'In another tweet, Emery states, “Incredible that the media keeps falling for this.”';
    expect(sentence(text, 'In another tweet')).toMatchObject({ label: 'sourced', source: { text: 'Emery' } });
  });

  it('finds the speaker in the middle, inverted ("…,” said Martin Indyk)', () => {
    const text = '“The relationship is in a bad place,” said Martin Indyk, executive vice president of the Brookings Institution. “It will take work.”';
    expect(sentence(text, '“The relationship')).toMatchObject({ label: 'sourced', source: { text: 'Martin Indyk' } });
    expect(sentence(text, '“It will take work')).toMatchObject({ label: 'sourced', source: { text: 'Martin Indyk' } });
  });

  it('keeps the speaker over the following sentences of a quotation', () => {
    const text =
      '“Xiaomi is an alternative to Huawei,” China expert Li Yanming told The Epoch Times. “Since Huawei is sanctioned by the United States, the CCP has replaced Huawei with Xiaomi. On the surface, it simply looks as though Xiaomi is competing with Huawei.”';
    expect(sentence(text, '“Since Huawei')).toMatchObject({ label: 'sourced', source: { text: 'Li Yanming' } });
    expect(sentence(text, 'On the surface')).toMatchObject({ label: 'sourced', source: { text: 'Li Yanming' } });
  });

  it('keeps the speaker over a paragraph that continues the quotation', () => {
    const text =
      '“The drug was in her system, there was no anti-dote,” her mother, Fiona, said.\n“As Eloise deteriorated, the staff in A&E did all they could to stabilise her.\n“She was literally burning up from within.”';
    expect(sentence(text, '“As Eloise')).toMatchObject({ label: 'sourced', source: { text: 'Fiona' } });
    expect(sentence(text, '“She was literally')).toMatchObject({ label: 'sourced', source: { text: 'Fiona' } });
  });

  it('closes a quotation at the paragraph end when the next paragraph does not open with a quote mark', () => {
    // One stray opening mark must not make the rest of a first-person review "sourced" to the last speaker.
    const text =
      'Steve Jobs said that, once you use it, “you can’t go back.\nThe headset weighs 600 grams" and packs 23 megapixels into two panels.\nThe battery pack sits in a pocket and lasts two hours.';
    expect(sentence(text, 'The headset').label).not.toBe('sourced');
    expect(sentence(text, 'The battery').label).not.toBe('sourced');
  });

  it('gives a multi-sentence quotation the speaker named where it closes', () => {
    const text = '“We are not foreigners in this land. We did not take this land off anyone else,” said Te Kaurinui Parata.';
    expect(sentence(text, '“We are not foreigners')).toMatchObject({ label: 'sourced', source: { text: 'Te Kaurinui Parata' } });
  });

  it('does not take scare quotes around a name or term for a quotation', () => {
    const text = 'The purpose of this move is to compete with Musk’s SpaceX “Starlink” to create China’s own version of Starlink.';
    expect(sentence(text, 'The purpose').label).not.toBe('sourced');
  });
});

describe('indirect speech and reporting verbs', () => {
  it('attributes "X, the founder of Y, announced that …"', () => {
    const text = 'In August, Lei Jun, the founder of Xiaomi, announced that the company would build robots.';
    expect(sentence(text, 'In August')).toMatchObject({ label: 'sourced', source: { text: 'Lei Jun' } });
  });

  it('attributes "said" with the claim after a place and date', () => {
    const text = 'Musk said at the Tesla AI Day on Oct.1 that Optimus is expected to cost less than $20,000.';
    expect(sentence(text, 'Musk said')).toMatchObject({ label: 'sourced', source: { text: 'Musk' } });
  });

  it('attributes "wrote", "estimated" and "warned"', () => {
    expect(sentence('Pakistan-based developer Ammar Askar wrote in a blog post that the bug was two years old.', 'Pakistan')).toMatchObject({ label: 'sourced', source: { text: 'Ammar Askar' } });
    expect(sentence('Goldman Sachs estimated that the deal was worth $4.8 billion.', 'Goldman')).toMatchObject({ label: 'sourced' });
    expect(sentence('The Food Standards Agency warned people to stay away from slimming products that contained DNP.', 'The Food')).toMatchObject({ label: 'sourced', source: { text: 'Food Standards Agency' } });
  });

  it('attributes "was quoted as saying"', () => {
    const text = 'Netanyahu was quoted as saying that there would be no Palestinian state.';
    expect(sentence(text, 'Netanyahu')).toMatchObject({ label: 'sourced', source: { text: 'Netanyahu' } });
  });

  it('attributes "according to" a named document to its publisher', () => {
    const text = 'According to the Chinese robotics industry research briefing, published by China’s Leadleo Research on Sept. 23, the cost of Xiaomi CyberOne is between $84,000 and $98,000.';
    expect(sentence(text, 'According')).toMatchObject({ label: 'sourced', source: { text: 'Leadleo Research' } });
  });

  it('attributes a report to its author and "the report" later to the same author', () => {
    const text =
      'But a new report released on Monday by Stanford University’s Center on Poverty and Inequality calls that into question.\nThe report assessed poverty levels, income and wealth inequality among 10 wealthy countries.\nAs the report states: “The birth lottery matters more in the U.S.”';
    expect(sentence(text, 'But a new report').source?.text).toContain('Center on Poverty and Inequality');
    expect(sentence(text, 'The report assessed')).toMatchObject({ label: 'sourced' });
    expect(sentence(text, 'As the report states').source?.text).toContain('Center on Poverty and Inequality');
  });

  it('resolves "she said" to the person named before', () => {
    const text = 'Fiona Parry issued a plea for people to stay away from pills containing the chemical.\n“Eloise just never really understood how dangerous the tablets were,” she said.';
    expect(sentence(text, '“Eloise')).toMatchObject({ label: 'sourced', source: { text: 'Fiona Parry' } });
  });

  it('does not take a naming participle for a report ("known as", "called")', () => {
    expect(sentence('Minecraft items can also store arbitrary metadata in a file format known as Named Binary Tag.', 'Minecraft').label).toBe('unsourced');
    expect(sentence('The researchers used the technique called "mental chronometry" to time the decision.', 'The researchers').label).toBe('unsourced');
  });
});

describe('quoted writing without quotation marks', () => {
  it('keeps a writer as the source of the first-person excerpt that follows', () => {
    const text =
      'Askar has released proof-of-concept attack code he said exploits the vulnerability.\nIn my case, I chose to create lists within lists, down to five levels.\nPreviously, NBT was sent compressed with gzip.';
    expect(sentence(text, 'In my case')).toMatchObject({ label: 'sourced', source: { text: 'Askar' } });
  });

  it('does not hand an author’s generic "we" to the last organisation quoted', () => {
    const text = 'The Food Standards Agency said that its advice is clear.\nInstead, we are told that the pricing surge was its expression of concern.';
    expect(sentence(text, 'Instead').label).not.toBe('sourced');
  });
});

describe('vague sources', () => {
  it('labels "experts say", "officials said" and "sources familiar with" vague', () => {
    expect(sentence('Experts say the strandings are becoming more frequent.', 'Experts')).toMatchObject({ label: 'vague', source: { text: 'Experts' } });
    expect(sentence('Officials said the tablets were believed to contain dinitrophenol.', 'Officials').label).toBe('vague');
    expect(sentence('Sources familiar with the matter said the deal would close in March.', 'Sources').label).toBe('vague');
    // A capitalised first word does not make the group a name.
    expect(sentence('Whale experts regard New Zealand as the stranding capital of the world.', 'Whale')).toMatchObject({ label: 'vague', source: { text: 'Whale experts' } });
  });

  it('labels "reports suggest", "studies show" and "many of us have noticed" vague', () => {
    expect(sentence('Reports suggest that the company is preparing a sale.', 'Reports').label).toBe('vague');
    expect(sentence('A large body of neuroscientific studies has pointed out that the brain works in its spare time.', 'A large').label).toBe('vague');
    expect(sentence('Many of us have noticed that we get our best ideas in the shower.', 'Many')).toMatchObject({ label: 'vague' });
  });

  it('labels agentless passives vague, with the cue as the source', () => {
    const text = 'The U.S. has long been heralded as a land of opportunity -- a place where anyone can succeed.';
    expect(sentence(text, 'The U.S.')).toMatchObject({ label: 'vague', source: { text: 'has long been heralded' } });
    expect(sentence('It is widely believed that the whales beach when they are ready to die.', 'It is').label).toBe('vague');
  });

  it('labels "clear to researchers that" and "Neuroscience tells us" vague', () => {
    expect(sentence('With time, it has become more and more clear to researchers that Freud was right.', 'With time')).toMatchObject({ label: 'vague', source: { text: 'researchers' } });
    expect(sentence('Neuroscience tells us that most of the work done by our brains happens on an unconscious level.', 'Neuroscience').label).toBe('vague');
  });
});

describe('links as evidence', () => {
  const text = 'Verizon will pay $4.8 billion for Yahoo’s core internet business. The deal was first rumored in March.';
  const deal = { start: text.indexOf('will pay'), end: text.indexOf(' for Yahoo'), href: 'https://www.sec.gov/Archives/edgar/data/1011006/000119312516656378/d178500d8k.htm' };

  it('sources a claim carried by a link to its host', () => {
    const s = analyze(text, { links: [deal] }).sentences[0]!;
    expect(s).toMatchObject({ label: 'sourced', source: { text: 'sec.gov', href: deal.href } });
    expect(s.cues.some((c) => c.kind === 'link')).toBe(true);
  });

  it('ignores navigation and tag pages', () => {
    const tag = { ...deal, href: 'https://www.nytimes.com/topic/company/yahoo-inc' };
    expect(analyze(text, { links: [tag] }).sentences[0]!.label).not.toBe('sourced');
  });
});

describe('opinion and subjectivity', () => {
  it('labels the author’s evaluation opinion, with the words that decided it', () => {
    const text = 'The company may be able to poach some talent, but the gaps in the basics are so big that they can’t catch up.';
    const s = sentence(text, 'The company');
    expect(s.label).toBe('opinion');
    expect(s.subjective).toBe(true);
    expect(s.cues.map((c) => text.slice(c.start, c.end))).toEqual(expect.arrayContaining(['may', 'so big']));
  });

  it('keeps a quoted opinion sourced and marks it subjective', () => {
    const text = '“It is a terrible, reckless and shameful deal that should never have been signed,” the senator said.';
    expect(sentence(text, '“It is')).toMatchObject({ label: 'sourced', subjective: true });
  });

  it('labels a plain factual statement unsourced, with its checkable details', () => {
    const text = 'In addition, Xiaomi established a Communist Party branch within the company in 2015.';
    const s = sentence(text, 'In addition');
    expect(s.label).toBe('unsourced');
    expect(s.cues).toEqual([{ kind: 'fact', start: text.indexOf('2015'), end: text.indexOf('2015') + 4 }]);
  });
});

describe('non-claims', () => {
  const labelOf = (text: string) => analyze(text).sentences.map((s) => s.nonClaim ?? s.label);

  it('leaves headings, bylines, credits, datelines and boilerplate unlabelled', () => {
    expect(labelOf('Lagging Behind in Advanced Technology and Innovation\nXiaomi acquired DeepMotion.')).toEqual(['heading', 'unsourced']);
    expect(labelOf('Xiaomi acquired DeepMotion.\n(Thomas Coex/AFP/Getty Images)')).toEqual(['unsourced', 'caption']);
    expect(labelOf('Xiaomi acquired DeepMotion.\nSIGN UP FOR OUR NEWSLETTER')).toEqual(['unsourced', 'boilerplate']);
    expect(labelOf('Xiaomi acquired DeepMotion.\nContinue reading the main story')).toEqual(['unsourced', 'boilerplate']);
    expect(labelOf('Xiaomi acquired DeepMotion.\nCNNMoney (New York) First published February 1, 2016: 1:28 AM ET')).toEqual(['unsourced', 'dateline']);
    expect(labelOf('Xiaomi acquired DeepMotion.\nSteven Mufson covers the White House.')).toEqual(['unsourced', 'byline']);
  });

  it('leaves questions unlabelled unless someone is reported asking them', () => {
    expect(labelOf('Where do U.S.-Israeli relations go from here?')).toEqual(['question']);
    expect(labelOf('Emery retweeted the story, saying, “Are there un-angry Trump supporters?”')).toEqual(['sourced']);
  });
});
