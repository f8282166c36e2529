import { describe, expect, it } from 'vitest';
import { claimRows } from '../../../../src/analysis/claims/label';
import { segmentSentences } from '../../../../src/analysis/segment';

/** The attribution the rules chose for the sentence of `text` that starts with `opening` (detector and source), if any. */
function chosen(text: string, opening: string): { detector: string; source: string } | undefined {
  const { rows } = claimRows(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [] });
  const row = rows.find((r) => r.rule.text.startsWith(opening));
  if (!row) throw new Error(`no sentence starts with ${opening}`);
  const c = row.evidence.chosen;
  return c && { detector: c.attribution.detector, source: c.source.text };
}

describe('bare groups of people as sources ("agency officials said")', () => {
  it('takes a short bare noun phrase whose head names people who speak', () => {
    expect(chosen('The sewer lines are buried below the frost line, agency officials said.', 'The sewer')).toEqual({ detector: 'reporting-verb', source: 'agency officials' });
    expect(chosen('Turnout will fall below 40 percent in most districts, party strategists believe.', 'Turnout')).toEqual({ detector: 'reporting-verb', source: 'party strategists' });
    expect(chosen('The deal will close next year, company executives told investors.', 'The deal')).toEqual({ detector: 'reporting-verb', source: 'company executives' });
  });

  it('does not take a bare phrase whose head is not a speaker', () => {
    expect(chosen('The budget was tight, and rising costs said little about the plan.', 'The budget')).toBeUndefined();
  });
});

describe('a subject and verb closing the sentence ("…, de Miranda notes.")', () => {
  it('reports the clause before them, with a finding verb that is often a noun', () => {
    expect(chosen('The quality that made neon a poor choice for interiors made it perfect for signs, Miranda notes.', 'The quality')?.detector).toBe('reporting-verb');
    expect(chosen('The drug cut hospital admissions by a third, the researchers found.', 'The drug')).toEqual({ detector: 'reporting-verb', source: 'the researchers' });
  });

  it('leaves a noun at the end of a clause of its own alone', () => {
    expect(chosen('She listened to every speaker at the hearing, and she took notes.', 'She listened')).toBeUndefined();
  });
});

describe('a noun in -ly after a determiner is the subject, not an adverb of the verb ("The family said")', () => {
  it('keeps the noun in the subject', () => {
    expect(chosen('The family said the boy had been bullied at school.', 'The family')).toEqual({ detector: 'reporting-verb', source: 'The family' });
    expect(chosen('His family told reporters that he was innocent.', 'His family')?.source).toBe('His family');
  });

  it('still skips an adverb in -ly after the subject', () => {
    expect(chosen('The company quickly said it would appeal.', 'The company')?.source).toBe('The company');
  });
});

describe('a time opening the sentence without a comma is not the subject ("On Wednesday a bookseller said")', () => {
  it('skips the time', () => {
    expect(chosen('On Wednesday a bookseller in the town said police had confiscated the books.', 'On Wednesday')?.source).toBe('a bookseller');
    expect(chosen('Earlier on Friday some of the students said they were still dissatisfied.', 'Earlier')?.source).toBe('some of the students');
  });

  it('leaves a time without a subject after it', () => {
    expect(chosen('On Wednesday said the talks would resume.', 'On Wednesday')).toBeUndefined();
  });
});

describe('"told" never inverts: the phrase after it is the one told ("…,” X, a title, told Reuters")', () => {
  it('credits the speaker before "told", not the one told', () => {
    const text = '“We will get him soon,” Vivit Chatuparisut, deputy director general of the department, told Reuters.';
    expect(chosen(text, '“We will')?.source).toBe('Vivit Chatuparisut');
    expect(chosen('“The plant is working,” the director of personnel told state television.', '“The plant')?.source).toBe('the director');
  });

  it('still inverts "said"', () => {
    expect(chosen('“The plant is working,” said the director of personnel.', '“The plant')?.source).toBe('the director');
  });
});

describe('a participle aside between the subject and its verb ("X, quoting witnesses, said")', () => {
  it('credits the subject before the aside', () => {
    expect(chosen('But Le Matin newspaper, quoting witnesses, said the bomb killed seven people.', 'But Le Matin')?.source).toBe('Le Matin newspaper');
    expect(chosen('Former Prime Minister Shimon Peres, calling Lahd “a great patriot”, said Lebanon had insulted him.', 'Former')?.source).toContain('Shimon Peres');
  });

  it('keeps the inversion after a clause that opens with a participle', () => {
    expect(chosen('So if you want to stay healthy, taking a multivitamin might help, says the nutritionist.', 'So if')?.source).toBe('the nutritionist');
  });
});

describe('a report closing the sentence is its main clause ("…, the report says.")', () => {
  it('wins over a verb inside what it reports', () => {
    expect(chosen('Air pollution threatens the health of millions, the report says.', 'Air')).toEqual({ detector: 'reporting-verb', source: 'the report' });
    expect(chosen('A motorist threatened a fellow driver with a starting pistol, prosecutors said on Wednesday.', 'A motorist')).toEqual({ detector: 'reporting-verb', source: 'prosecutors' });
    expect(chosen('North Korea demanded on Saturday that the South return a war veteran, the ministry said.', 'North Korea')?.source).toBe('the ministry');
  });

  it('needs its subject to be all the words between the comma and the verb', () => {
    // "comment" is a noun of "during public comment", no verb closing the sentence.
    expect(chosen('“That is no recreation to me,” said one person during public comment.', '“That')?.source).toBe('one person');
    expect(chosen('Creating birch tar, the researchers note, requires complex thinking.', 'Creating')?.source).toBe('the researchers');
  });
});

describe('an occasion of speaking set between commas after the subject ("X, in a tweet, …")', () => {
  it('gives the clause to the subject before it, whatever the verb', () => {
    expect(chosen('Trump, in a tweet on Sunday, attacked the media for the loss.', 'Trump')).toEqual({ detector: 'speech-occasion', source: 'Trump' });
    expect(chosen('The ministry, in a statement, rejected the accusations.', 'The ministry')).toEqual({ detector: 'speech-occasion', source: 'The ministry' });
  });

  it('leaves a phrase between commas that is no occasion of speaking alone', () => {
    expect(chosen('The team, in the end, won the cup.', 'The team')).toBeUndefined();
  });
});

describe('an occasion of speaking delivered before a colon and its quotation ("X gave a statement: “…”")', () => {
  it('gives the quotation to the verb\'s subject, or to the object before "to give"', () => {
    expect(chosen('The company released a brief statement: “We reject the claims.”', 'The company')).toEqual({ detector: 'speech-occasion', source: 'The company' });
    const speeches = 'The judge allowed the prisoner to give extended speeches: “I alone bear the responsibility. I wanted to carry out the deed.”';
    expect(chosen(speeches, 'The judge')).toEqual({ detector: 'speech-occasion', source: 'the prisoner' });
    // The quotation's next sentence follows its chain.
    expect(chosen(`The prosecution called him “the soul of the undertaking.” ${speeches}`, 'I wanted')?.source).toBe('the prisoner');
  });

  it('leaves a colon after other nouns alone', () => {
    expect(chosen('The lesson was given a name: “Stop.”', 'The lesson')).toBeUndefined();
  });
});

describe('an occasion of speaking opening the sentence ("In a statement, X …")', () => {
  it('gives the clause to its subject, whatever the verb', () => {
    expect(chosen('In a statement, the ministry rejected the accusations as baseless.', 'In a statement')).toEqual({ detector: 'speech-occasion', source: 'the ministry' });
    expect(chosen('In a televised address on Sunday night, Prime Minister Anna Berg laid out plans to rebuild the port.', 'In a televised')?.detector).toBe('speech-occasion');
    // With a verb of saying, that verb is the cue.
    expect(chosen('In an interview, Mr. Lankford insisted that the jury was still out.', 'In an interview')).toEqual({ detector: 'reporting-verb', source: 'Mr. Lankford' });
  });

  it('leaves other openings alone', () => {
    expect(chosen('In a surprise move, the board fired the chief executive.', 'In a surprise')).toBeUndefined();
    expect(chosen('In a letter-writing campaign, residents asked for a new school.', 'In a letter')).toBeUndefined();
  });
});

describe('a stance after "be" ("X are concerned the Government will …")', () => {
  it('reports the clause after the adjective', () => {
    expect(chosen('Union leaders are confident that the strike will end this week.', 'Union')).toEqual({ detector: 'stance-adjective', source: 'Union leaders' });
    expect(chosen('Officials were increasingly worried the dam would fail.', 'Officials')).toEqual({ detector: 'stance-adjective', source: 'Officials' });
  });

  it('does not report an adjective with an object, or the author’s own stance', () => {
    expect(chosen('Parents are concerned about the new rules.', 'Parents')).toBeUndefined();
    expect(chosen('Analysts are confident in the company’s prospects.', 'Analysts')).toBeUndefined();
    expect(chosen('I am convinced that the plan will fail.', 'I am')).toBeUndefined();
  });
});

describe('a passive speech act with its agent ("was announced by X")', () => {
  it('gives the report to the agent', () => {
    expect(chosen('It was announced by the White House on Tuesday that the summit would be postponed.', 'It was')?.detector).toBe('agentless');
    expect(chosen('The deaths were confirmed by police on Friday.', 'The deaths')?.detector).toBe('agentless');
  });

  it('does not read authorship or a speech act without its agent as a report', () => {
    expect(chosen('The novel was written by a retired teacher from Ohio.', 'The novel')).toBeUndefined();
    expect(chosen('The plan was announced on Tuesday.', 'The plan')).toBeUndefined();
  });
});

describe('more verbs of saying: hinted, signalled, questioned whether, repeated, continued, went on to say', () => {
  it('reports with their content', () => {
    expect(chosen('The minister hinted that taxes would rise next year.', 'The minister')).toEqual({ detector: 'reporting-verb', source: 'The minister' });
    expect(chosen('The central bank signaled that it would keep rates unchanged.', 'The central')?.source).toBe('The central bank');
    expect(chosen('Republicans questioned whether the bill would survive a court challenge.', 'Republicans')?.source).toBe('Republicans');
    expect(chosen('“We will not back down,” he continued.', '“We will')?.detector).toBe('reporting-verb');
    expect(chosen('The governor went on to say that the state would sue.', 'The governor')).toEqual({ detector: 'reporting-verb', source: 'The governor' });
  });

  it('does not report their other senses', () => {
    expect(chosen('Prices continued to rise through the winter.', 'Prices')).toBeUndefined();
    expect(chosen('The team repeated the experiment three times.', 'The team')).toBeUndefined();
    expect(chosen('The suspect was charged with burglary.', 'The suspect')).toBeUndefined();
    expect(chosen('The governor went on to win a second term.', 'The governor')).toBeUndefined();
  });
});

describe('quotations set one sentence per line', () => {
  const text = [
    'After the match, the coach Nabil Maaloul said, "We were playing against a highly skilled team.',
    'If we were to get a draw it would have been an excellent result.',
    'But hopefully this will lead to more concentration in the coming games."',
    'The match was supported by the US Soccer Federation and the city.',
  ].join('\n');

  it('gives every line of a quotation that closes later to its speaker', () => {
    expect(chosen(text, 'But hopefully')).toEqual({ detector: 'quote-speaker', source: 'Nabil Maaloul' });
  });

  it('does not read "US" as the speaker\'s "us" after the quotation has closed', () => {
    expect(chosen(text, 'The match')).toBeUndefined();
  });
});

describe('"as" standing for the clause it reports ("as first reported by Reuters")', () => {
  it('takes the agent of a report or finding after "as"', () => {
    expect(chosen('The vote was delayed, as first reported by the Associated Press.', 'The vote')).toEqual({ detector: 'agentless', source: 'Associated Press' });
    expect(chosen('As noted by the court, the law was vague.', 'As noted')).toEqual({ detector: 'agentless', source: 'the court' });
  });

  it('leaves "as" with a participle that reports nothing alone', () => {
    expect(chosen('The team, as expected by many fans, won the cup.', 'The team')).toBeUndefined();
    expect(chosen('The proposal was backed by the union.', 'The proposal')).toBeUndefined();
  });
});

describe('"since" inside a perfect verb group ("have since claimed")', () => {
  it('reads the verb after "has since" or "have since" as the report', () => {
    expect(chosen('The mayor has since said that the bridge will reopen in May.', 'The mayor')).toEqual({ detector: 'reporting-verb', source: 'The mayor' });
    expect(chosen('Three fishermen have since claimed that they saw the boat sink.', 'Three fishermen')).toEqual({ detector: 'reporting-verb', source: 'Three fishermen' });
  });

  it('leaves "since" opening a clause alone', () => {
    expect(chosen('The bridge has stayed shut since engineers found cracks in May.', 'The bridge')).toBeUndefined();
  });
});

describe('an adverb before a reporting verb ("Reuters first reported")', () => {
  it('reads the form after "first" as the verb', () => {
    expect(chosen('As Reuters first reported on Monday, the talks collapsed on Friday.', 'As Reuters')).toEqual({ detector: 'reporting-verb', source: 'Reuters' });
  });

  it('still reads a noun-like form after "first" as a noun', () => {
    expect(chosen('The first report of the fire came at noon.', 'The first')).toBeUndefined();
  });
});

describe('forecasts and demands ("is expected to", "called for")', () => {
  it('takes "is expected to" as an agentless forecast, weak and vague', () => {
    expect(chosen('The deficit is expected to total nearly $1 trillion next year.', 'The deficit')).toEqual({ detector: 'agentless', source: 'is expected' });
  });

  it('does not take "expected" without "to" for a forecast', () => {
    expect(chosen('The delay was expected.', 'The delay')).toBeUndefined();
  });

  it('takes "called for" with what was demanded as a report of its subject', () => {
    expect(chosen('Mr. Trump has called for spending $1 trillion on infrastructure.', 'Mr. Trump')).toEqual({ detector: 'reporting-verb', source: 'Mr. Trump' });
  });

  it('leaves "calls for" alone when its subject cannot speak', () => {
    expect(chosen('The situation calls for caution.', 'The situation')).toBeUndefined();
  });
});


describe('worry as a verb of belief ("Republicans worry that …")', () => {
  it('reports the clause its speaking subject worries about', () => {
    expect(chosen('Some Republicans worry that the party is splitting.', 'Some')?.detector).toBe('reporting-verb');
  });

  it('reports nothing without a clause', () => {
    expect(chosen('Parents worry about screen time.', 'Parents')).toBeUndefined();
  });
});

describe('worry with the one it affects as object', () => {
  it('reports nothing when a name follows ("the thaw worried Tasos Georgelis")', () => {
    expect(chosen('The thaw, much welcomed by many New Yorkers, worried Tasos Georgelis, deputy commissioner for water.', 'The thaw')).toBeUndefined();
  });
});

describe('reporting verbs in the progressive ("Republicans are grumbling that …")', () => {
  it('reads "be" before an -ing form of a speech verb as active, not passive', () => {
    expect(chosen('House Republicans are grumbling that the spending bill will raise taxes on farmers.', 'House')).toEqual({ detector: 'reporting-verb', source: 'House Republicans' });
    expect(chosen('Economists are warning that the cuts could tip the region into recession.', 'Economists')).toEqual({ detector: 'reporting-verb', source: 'Economists' });
    expect(chosen('The union has been strenuously defending its pay claim in talks with ministers.', 'The union')).toEqual({ detector: 'reporting-verb', source: 'The union' });
  });

  it('leaves a belief verb in the progressive, "add to", "protest against" and the passive alone', () => {
    expect(chosen('Shoppers are feeling the pinch as food prices climb.', 'Shoppers')).toBeUndefined();
    expect(chosen('The extreme temperature swings are adding to the challenges of winter.', 'The extreme')).toBeUndefined();
    expect(chosen('Students are protesting against the new fees outside parliament.', 'Students')).toBeUndefined();
    expect(chosen('The strikes were very threatening to management and ownership.', 'The strikes')).toBeUndefined();
    expect(chosen('The players were told to stay home.', 'The players')).toBeUndefined();
  });
});

describe('a light verb with a noun of speech ("issued a plea", "expressed concern")', () => {
  it('reports as a verb of saying, its subject the source', () => {
    expect(chosen('Fiona Parry issued a plea for people to stay away from pills containing the chemical.', 'Fiona')).toEqual({ detector: 'reporting-verb', source: 'Fiona Parry' });
    expect(chosen('Several Republicans have expressed deep concern about the nominee.', 'Several')).toEqual({ detector: 'reporting-verb', source: 'Several Republicans' });
    expect(chosen('The senator repeated his claim that millions of ballots were cast illegally.', 'The senator')).toEqual({ detector: 'reporting-verb', source: 'The senator' });
    expect(chosen('The candidate made the remarks at a town hall in New Hampshire.', 'The candidate')).toEqual({ detector: 'reporting-verb', source: 'The candidate' });
  });

  it('leaves other objects and senses alone', () => {
    expect(chosen('The rally raised hopes of a deal before the deadline.', 'The rally')).toBeUndefined();
    expect(chosen('The allies offered support to the rebels in the north.', 'The allies')).toBeUndefined();
    expect(chosen('The firm issued new shares to its investors.', 'The firm')).toBeUndefined();
    expect(chosen('She made a point of visiting every district.', 'She made')).toBeUndefined();
  });
});

describe('more verbs of saying and belief ("disagree", "blame", "remembered that")', () => {
  it('reads them as reports', () => {
    expect(chosen('The Teamsters disagree.', 'The Teamsters')).toEqual({ detector: 'reporting-verb', source: 'Teamsters' });
    expect(chosen('Democrats blamed the shutdown on the president.', 'Democrats')).toEqual({ detector: 'reporting-verb', source: 'Democrats' });
    expect(chosen('A colleague then remembered that a graduate student had studied in the same department.', 'A colleague')).toEqual({ detector: 'reporting-verb', source: 'A colleague' });
  });

  it('leaves "remembered" with a plain object alone', () => {
    expect(chosen('She remembered the seagull, flapping its wings.', 'She remembered')).toBeUndefined();
  });
});

describe('a possessive names the source ("Trump\'s claim that …", "In Obama\'s words, …")', () => {
  it('credits the owner of a claim with a "that" clause, or of the words or view that open the sentence', () => {
    expect(chosen('Trump’s claim that millions voted illegally has been debunked.', 'Trump')).toEqual({ detector: 'according-to', source: 'Trump' });
    expect(chosen('The senator’s view is that the tax cuts pay for themselves.', 'The senator')).toEqual({ detector: 'according-to', source: 'The senator' });
    expect(chosen('In Obama’s words, the deal was the best one available.', 'In Obama')).toEqual({ detector: 'according-to', source: 'Obama' });
  });

  it('leaves other possessives, a claim without its clause, and a quoted question alone', () => {
    expect(chosen('Trump’s plane landed in Ohio on Tuesday.', 'Trump')).toBeUndefined();
    expect(chosen('The insurer’s claim was rejected in March.', 'The insurer')).toBeUndefined();
    expect(chosen('In Obama’s hometown, the streets were quiet.', 'In Obama')).toBeUndefined();
    expect(chosen('In Dr. Shadlen’s words, “Could the moment of decision be tied to awareness?”', 'In Dr.')).toBeUndefined();
  });
});

describe('"speak of" and "speak about" report what is said of something', () => {
  it('reads them as reports', () => {
    expect(chosen('Hamilton and Gille still speak of his humility and mentorship in glowing terms.', 'Hamilton')).toEqual({ detector: 'reporting-verb', source: 'Hamilton and Gille' });
    expect(chosen('The minister spoke highly of the new police chief.', 'The minister')).toEqual({ detector: 'reporting-verb', source: 'The minister' });
  });

  it('leaves "speaks French" and "spoke out" alone', () => {
    expect(chosen('The new mayor speaks French and Arabic.', 'The new mayor')).toBeUndefined();
    expect(chosen('Her mother had spoken out against the church on television.', 'Her mother')).toBeUndefined();
  });
});

describe('a counterfactual modal perfect of saying ("X might have suggested that …")', () => {
  it('reports nothing: it tells what was not said', () => {
    expect(chosen('For its part, Uber might have suggested that it would use its drivers to recruit volunteers.', 'For its part')).toBeUndefined();
    expect(chosen('The governor could have argued that the tax was fair, but he stayed silent.', 'The governor')).toBeUndefined();
    expect(chosen('The ministry should not have said that the water was safe.', 'The ministry')).toBeUndefined();
    expect(chosen("Any lawyer would've told him that the contract was void.", 'Any lawyer')).toBeUndefined();
  });

  it('still reports "would later say", "has said", "had said" and "may have said"', () => {
    expect(chosen('The senator would later say that the vote was a mistake.', 'The senator')).toEqual({ detector: 'reporting-verb', source: 'The senator' });
    expect(chosen('The mayor has said that the park will reopen in May.', 'The mayor')).toEqual({ detector: 'reporting-verb', source: 'The mayor' });
    expect(chosen('The mayor had said that the park would reopen in May.', 'The mayor')).toEqual({ detector: 'reporting-verb', source: 'The mayor' });
    expect(chosen('Prosecutors may have told the judge that the witness was unreliable.', 'Prosecutors')?.detector).toBe('reporting-verb');
  });
});

describe('a verb of saying after "by" ("X responded by saying that …")', () => {
  it('gives what is said to the subject of the main clause', () => {
    expect(chosen('Trump responded by saying that the investigation was a witch hunt.', 'Trump')).toEqual({ detector: 'reporting-verb', source: 'Trump' });
    expect(chosen('The company reacted by insisting that its drivers are contractors.', 'The company')).toEqual({ detector: 'reporting-verb', source: 'The company' });
    expect(chosen('The minister deflects accusations by arguing that the budget was approved by parliament.', 'The minister')).toEqual({ detector: 'reporting-verb', source: 'The minister' });
    expect(chosen('Asked about the report, the minister hit back by saying the figures were out of date.', 'Asked')).toEqual({ detector: 'reporting-verb', source: 'the minister' });
    expect(chosen('The governor opened the session by warning lawmakers that the state was running out of money.', 'The governor')).toEqual({ detector: 'reporting-verb', source: 'The governor' });
    expect(chosen('Tech companies often deflect accusations of data collection by arguing "consent" — that users agreed to it.', 'Tech companies')?.detector).toBe('reporting-verb');
  });

  it('leaves "by" + a verb that reports no clause alone', () => {
    expect(chosen('Nintendo and Apple shocked the world earlier this year by announcing "Super Mario Run," the first game of its kind.', 'Nintendo')).toBeUndefined();
    expect(chosen('The firm grew by writing software that hospitals need.', 'The firm')).toBeUndefined();
    expect(chosen('The company grew its costs by adding to the payroll that year.', 'The company')).toBeUndefined();
    expect(chosen('The police caught the suspect by tracing his phone.', 'The police')).toBeUndefined();
  });
});

describe('verbs that call or characterize their object ("called the program a success", "attacked the plan as …")', () => {
  it('report what the subject called the object, after "a"/"an" or "as"', () => {
    expect(chosen('Obama has repeatedly called the program a success.', 'Obama')).toEqual({ detector: 'reporting-verb', source: 'Obama' });
    expect(chosen('Republicans have attacked the plan as a giveaway to insurers.', 'Republicans')?.detector).toBe('reporting-verb');
    expect(chosen('Critics have labeled the measure a tax hike in disguise.', 'Critics')?.source).toBe('Critics');
    expect(chosen('The Greens rejected the budget as unfair to young families.', 'The Greens')?.detector).toBe('reporting-verb');
    // A participle after a comma has the main clause's subject: "…, calling its policies a disaster".
    expect(chosen('Mr. Trump also took aim at the Federal Reserve, calling its policies a disaster.', 'Mr. Trump')?.detector).toBe('reporting-verb');
  });

  it('report an appeal: "called on X to …"', () => {
    expect(chosen('The governor called on residents of the coast to evacuate before Friday.', 'The governor')).toEqual({ detector: 'reporting-verb', source: 'The governor' });
  });

  it('leave the other senses alone: no predicate, a time, a conjunction, an idiom, a date', () => {
    expect(chosen('The army attacked the convoy near the border.', 'The army')).toBeUndefined();
    expect(chosen('The army attacked the convoy as it passed the checkpoint.', 'The army')).toBeUndefined();
    expect(chosen('Her neighbour called the police a second time that night.', 'Her neighbour')).toBeUndefined();
    expect(chosen('The driver called the dispatcher an hour later.', 'The driver')).toBeUndefined();
    expect(chosen('The committee rejected the amendment as well.', 'The committee')).toBeUndefined();
    expect(chosen('The engineers called on Monday to check the results.', 'The engineers')).toBeUndefined();
  });

  it('gives a sentence opened by an occasion of speaking to its subject when the verb reports only with more', () => {
    expect(chosen('In a tweet on Sunday, Trump called the judge biased.', 'In a tweet')).toEqual({ detector: 'speech-occasion', source: 'Trump' });
    expect(chosen('In a tweet on Sunday, Trump attacked the judge who had blocked the order.', 'In a tweet')).toEqual({ detector: 'speech-occasion', source: 'Trump' });
  });
});

describe('one capitalised word opening the sentence before a verb of saying ("Police said …")', () => {
  it('is the speaker: a bare collective, or a word the recogniser does not know right before "said"', () => {
    expect(chosen('Police said the girl who died was identified as Michelle Harper.', 'Police')).toEqual({ detector: 'reporting-verb', source: 'Police' });
    expect(chosen('Faulding said the claims in the lawsuit are without merit.', 'Faulding')).toEqual({ detector: 'reporting-verb', source: 'Faulding' });
    expect(chosen('Reuters has reported that the talks stalled on Monday.', 'Reuters')?.source).toBe('Reuters');
  });

  it('is not a determiner, the reader, anyone, or a collective that only fears', () => {
    expect(chosen('This may explain why the talks stalled on Monday.', 'This')).toBeUndefined();
    expect(chosen('You mentioned that the archive includes out-of-print titles.', 'You')).toBeUndefined();
    expect(chosen('One could argue that the archive is too small.', 'One')).toBeUndefined();
    expect(chosen('Police fearing violence stood around the government quarter.', 'Police')).toBeUndefined();
  });
});

describe('wire-style reports', () => {
  it('reads a short time after a verb that closes the sentence ("…, the news agency reported on Friday.")', () => {
    expect(chosen('Six suspects were shot dead as they tried to escape from custody, the national news agency reported on Friday.', 'Six suspects')).toEqual({ detector: 'reporting-verb', source: 'the national news agency' });
    expect(chosen('At least 30 people have been killed in the flood-hit city, newspapers reported late on Saturday.', 'At least')?.source).toBe('newspapers');
  });

  it('takes a broadcaster named by its medium ("state radio said")', () => {
    expect(chosen('Ten people were missing after the ferry sank off the coast, state radio said on Tuesday.', 'Ten people')?.source).toBe('state radio');
    expect(chosen('Her attacker was arrested and will appear in court on Thursday, television reported.', 'Her attacker')?.source).toBe('television');
  });

  it('gives "X quoted Y as saying" to the one quoted, a name set off after the description first', () => {
    expect(chosen('The newspaper quoted a police commander as saying the men opened fire first.', 'The newspaper')).toEqual({ detector: 'reporting-verb', source: 'a police commander' });
    expect(chosen('State media quoted China’s top negotiator with Taipei, Tang Shubei, as telling visitors that it was time for talks.', 'State media')?.source).toBe('Tang Shubei');
  });

  it('reaches the subject past a short form in parentheses ("the Sudan People’s Liberation Army (SPLA), said")', () => {
    expect(chosen('George Garang, spokesman for the Sudan People’s Liberation Army (SPLA), said it was trying to reach the commander.', 'George Garang')?.source).toBe('George Garang');
  });

  it('gives a verb after "and" or "but" the subject of the first verb ("agreed with the assessment, but said …")', () => {
    expect(chosen('Sakai officials agreed with the assessment, but said it was too early to feel relieved.', 'Sakai')?.source).toBe('Sakai officials');
    expect(chosen('The newspaper gave no details about the manuscript but said it had been given to a museum.', 'The newspaper')?.source).toBe('The newspaper');
  });

  it('leaves coordinated participles and infinitives alone', () => {
    expect(chosen('The disease is killing the native trees – and threatening the oldest of them.', 'The disease')).toBeUndefined();
    expect(chosen('People were encouraged to submit designs online and suggest what the flag should mean.', 'People')).toBeUndefined();
  });
});

describe('adverbs inside the verb group and counts opening the subject', () => {
  it('reads "has always insisted" and "another dealer said"', () => {
    expect(chosen('He has always insisted that they were just friends.', 'He')?.detector).toBe('reporting-verb');
    expect(chosen('Contributing to the peso’s weakness, another dealer said banks stayed away from the market.', 'Contributing')?.source).toBe('another dealer');
  });

  it('does not take a count opening the sentence for a name ("Nearly half of respondents", "Fifty-two percent of voters")', () => {
    expect(chosen('Fifty-two percent of likely voters said they would back the measure.', 'Fifty-two')?.source).toBe('Fifty-two percent of likely voters');
    expect(chosen('Nearly half of respondents said they had delayed medical care.', 'Nearly')?.source).not.toBe('Nearly');
  });
});

describe('a bare verb of saying opening the sentence', () => {
  it('is an imperative, not an inverted report', () => {
    expect(chosen('Observe another strange alliance between the two parties.', 'Observe')).toBeUndefined();
    expect(chosen('Consider another example from the same year.', 'Consider')).toBeUndefined();
  });
});

describe('"her" before a past form of saying ("People close to her said …")', () => {
  it('is the object closing the subject, and the form a verb', () => {
    expect(chosen('People close to her said she then eased up on her diet.', 'People')).toEqual({ detector: 'reporting-verb', source: 'People close to her' });
  });

  it('stays a possessive before a noun or an adjective', () => {
    expect(chosen('He read her report on the budget.', 'He')).toBeUndefined();
    expect(chosen('The editors printed her written statement on the front page.', 'The editors')).toBeUndefined();
  });
});

describe('a share of a group as the source ("Fewer than half of Republicans said …")', () => {
  it('is a vague group, like "a majority of"', () => {
    expect(chosen('Fewer than half of Republicans said minorities are favored over whites.', 'Fewer')?.source).toBe('Republicans');
    expect(chosen('A third of the senators said they would vote against the bill.', 'A third')?.source).toBe('A third of the senators');
  });

  it('leaves a share of a thing alone', () => {
    expect(chosen('Half of the money went to schools in the district.', 'Half')).toBeUndefined();
  });
});

describe('a report inside a conditional clause ("if the polls say so, …")', () => {
  it('credits nothing: the clause states a condition, not what anyone said', () => {
    expect(chosen('Uber extracts greater amounts whenever the data suggests customers can be compelled to pay them.', 'Uber')).toBeUndefined();
    expect(chosen('The enthusiasts return home, and if they find that their city spends less on parks, they make it their business to change that.', 'The enthusiasts')).toBeUndefined();
    expect(chosen('Nothing changes unless voters tell the council that they want the tram.', 'Nothing')).toBeUndefined();
    expect(chosen('The merger goes ahead in March unless the court rules that it harms competition.', 'The merger')).toBeUndefined();
    expect(chosen('Even if the inspectors find that the dam is sound, the valley will be evacuated.', 'Even if')).toBeUndefined();
    expect(chosen('It is not clear whether he said that the plant would close.', 'It is')).toBeUndefined();
  });

  it('still credits a report whose subject opens the clause, or a report after "as"', () => {
    expect(chosen('The senator said that if the court rules against the law, she will write a new one.', 'The senator')).toEqual({ detector: 'reporting-verb', source: 'The senator' });
    expect(chosen('If re-elected, the mayor said, she will close the plant.', 'If re-elected')).toEqual({ detector: 'reporting-verb', source: 'the mayor' });
    expect(chosen('As the report notes, the river has flooded twice since 2010.', 'As the report')).toEqual({ detector: 'reporting-verb', source: 'the report' });
    expect(chosen('When the company announced the layoffs, analysts said the shares would fall.', 'When the company')?.source).toBe('analysts');
  });
});

describe('a possessor before the one who speaks ("Pessina\'s lawyer said")', () => {
  it('takes the whole phrase, not the name that owns it', () => {
    expect(chosen("Globo quoted Pessina's lawyer as saying he had already been imprisoned in Italy.", 'Globo')?.source).toBe("Pessina's lawyer");
    expect(chosen("Tapie's lawyer has said he intends to appeal to the European Court of Human Rights.", 'Tapie')?.source).toBe("Tapie's lawyer");
    expect(chosen("Canada's largest grain handling firm said Wednesday it expects to forge a partnership with hog farmers.", 'Canada')?.source).toBe("Canada's largest grain handling firm");
    expect(chosen("Gleick's book says that the weather is chaotic.", 'Gleick')?.source).toBe("Gleick's book");
  });

  it('keeps the body a spokesperson or statement speaks for, and a name after the possessive', () => {
    expect(chosen("Apple's spokesman said the phone would ship in May.", 'Apple')?.source).toBe('Apple');
    expect(chosen("Google's Sundar Pichai said the search was fast.", 'Google')?.source).toBe('Sundar Pichai');
    expect(chosen('But Benjamin Netanyahu’s triumph in the elections keeps in place a prime minister who has declared that there will be no state.', 'But')?.source).toBe('Benjamin Netanyahu');
  });
});

describe('a group told apart by its place ("Police in Berovo said")', () => {
  it('takes the group with the place, not the place', () => {
    expect(chosen('Police in Berovo, 150 km west of the capital Skopje, said there were around 15,000 people gathered.', 'Police')?.source).toBe('Police in Berovo');
    expect(chosen('Traders in Shanghai said on Thursday they were unaware of movements out of the warehouses.', 'Traders')?.source).toBe('Traders in Shanghai');
    expect(chosen('Authorities in Kassala said opposition forces have been laying landmines.', 'Authorities')?.source).toBe('Authorities in Kassala');
    expect(chosen('The road was closed, police in Kabul said.', 'The road')?.source).toBe('police in Kabul');
  });

  it('keeps a name that holds a preposition, and stops where the place does not end the phrase', () => {
    expect(chosen('The Bank of England said rates would rise.', 'The Bank')?.source).toBe('Bank of England');
    expect(chosen('According to the briefing, published by China’s Leadleo Research on Sept. 23, the robot costs $80,000.', 'According')?.source).toBe('Leadleo Research');
    expect(chosen('It quoted a source in the Russian command in Chechnya as saying that the soldiers were outnumbered.', 'It quoted')?.source).toBe('a source');
  });
});

describe('a judging verb right before its charge ("a man accused of murder")', () => {
  it('is a passive participle, which credits nothing', () => {
    expect(chosen('Saudi Arabia executed on Sunday a Pakistani man accused of belonging to an armed gang of robbers, the agency reported.', 'Saudi Arabia')?.source).toBe('the agency');
    expect(chosen('Tehran asked Ankara to withdraw four Turkish diplomats accused of spying.', 'Tehran')).toBeUndefined();
    expect(chosen('A nurse praised for her courage during the fire has been given a medal.', 'A nurse')).toBeUndefined();
  });

  it('still reports with the object between verb and charge, or with a noun object alone', () => {
    expect(chosen('The ministry accused the rebels of shelling the town overnight.', 'The ministry')).toEqual({ detector: 'reporting-verb', source: 'The ministry' });
    expect(chosen('The governor praised the firefighters for their courage.', 'The governor')).toEqual({ detector: 'reporting-verb', source: 'The governor' });
    expect(chosen('In his address to the United Nations, Obama hailed signs of hope.', 'In his')?.source).toBe('Obama');
  });
});

describe('a subject after "whether" or "if" inside a clause ("depends on whether the regulator rules")', () => {
  it('credits nothing to the words before the subordinator', () => {
    expect(chosen('The outcome depends on whether the regulator rules that the merger is lawful.', 'The outcome')).toBeUndefined();
    expect(chosen('The vote hinges on whether voters believe the mayor’s promises.', 'The vote')).toBeUndefined();
  });

  it('still reads the subject before "whether to" and a report before the subordinator', () => {
    expect(chosen('The minister asked whether officials knew that the bridge was unsafe.', 'The minister')).toEqual({ detector: 'reporting-verb', source: 'The minister' });
    expect(chosen("U.S. investors in troubled Lloyd's of London were considering late on Tuesday whether to appeal a U.S. court decision in favour of Lloyd's and pledged to continue pursuing other legal action.", 'U.S. investors')?.source).toBe('U.S. investors');
  });
});

describe('irregular plurals of speaking nouns ("spokesmen")', () => {
  it('reads them as people who speak', () => {
    expect(chosen('Government spokesmen said the talks would resume on Tuesday.', 'Government')).toEqual({ detector: 'reporting-verb', source: 'Government spokesmen' });
    expect(chosen('The talks will resume on Tuesday, army spokeswomen said.', 'The talks')).toEqual({ detector: 'reporting-verb', source: 'army spokeswomen' });
  });

  it('still credits the name after a singular spokesman', () => {
    expect(chosen('Government spokesman Ali Reza said the talks would resume.', 'Government')?.source).toBe('Ali Reza');
  });
});

describe('a participle after the main clause (", arguing that …") has that clause\'s subject', () => {
  it('takes the subject up to the main verb, not the whole clause', () => {
    expect(chosen('The mayor signed the ordinance on Tuesday, arguing that it would cut rents.', 'The mayor')).toEqual({ detector: 'reporting-verb', source: 'The mayor' });
    expect(chosen('The union has rejected the offer, saying it falls short of inflation.', 'The union')).toEqual({ detector: 'reporting-verb', source: 'The union' });
  });
});

describe('the plural of a role names a group ("Democratic senators said")', () => {
  it('takes the whole phrase, not the capitalised modifier', () => {
    expect(chosen('Democratic governors said the cuts would close rural hospitals.', 'Democratic')).toEqual({ detector: 'reporting-verb', source: 'Democratic governors' });
    expect(chosen('Conservative congressmen warned that the deal would not pass the House.', 'Conservative')).toEqual({ detector: 'reporting-verb', source: 'Conservative congressmen' });
  });

  it('keeps a role owned by someone named as theirs, a specific source ("Okafor\'s lawyers")', () => {
    const specific = (text: string) => claimRows(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [] }).rows[0]!.evidence.chosen?.source.specific;
    expect(specific("Okafor's lawyers said they would appeal the ruling.")).toBe(true);
    expect(specific('Democratic governors said the cuts would close rural hospitals.')).toBe(false);
  });
});

describe('"made clear that", "made it plain that" report as a verb of saying', () => {
  it('gives the clause to the subject', () => {
    expect(chosen('The chancellor made clear that taxes would not rise this year.', 'The chancellor')).toEqual({ detector: 'reporting-verb', source: 'The chancellor' });
    expect(chosen('The league has made it plain to the clubs that the cap will stay.', 'The league')).toEqual({ detector: 'reporting-verb', source: 'The league' });
    expect(chosen('The agency made it clear it would not extend the deadline.', 'The agency')?.detector).toBe('reporting-verb');
  });

  it('leaves "made clear" before an object alone', () => {
    expect(chosen('The storm made clear roads a priority for the council.', 'The storm')).toBeUndefined();
  });
});

describe('verbs of saying in a contest ("claimed the title", "conceded two goals")', () => {
  it('reports nothing when the object is what was won or given away', () => {
    expect(chosen('The Wildcats claimed their third straight title on Saturday.', 'The Wildcats')).toBeUndefined();
    expect(chosen('The incumbent easily defended her seat in the county election.', 'The incumbent')).toBeUndefined();
    expect(chosen('The visitors conceded two late goals and lost the match.', 'The visitors')).toBeUndefined();
    expect(chosen('The flooding has claimed 40 lives across the region.', 'The flooding')).toBeUndefined();
    expect(chosen('The keeper saved the shot after the umpire confirmed with the video referee.', 'The keeper')).toBeUndefined();
  });

  it('still reports what was claimed or conceded', () => {
    expect(chosen('The coach claimed the title race was over.', 'The coach')?.source).toBe('The coach');
    expect(chosen('The minister conceded that the targets had been missed.', 'The minister')?.source).toBe('The minister');
  });
});

describe('how someone spoke before a colon ("The senator was blunt: …")', () => {
  it('gives the statement after the colon to a speaker', () => {
    expect(chosen('The union was emphatic: there will be no deal without a raise.', 'The union')).toEqual({ detector: 'stance-adjective', source: 'The union' });
    expect(chosen('Ms. Okafor was blunt: the hospital cannot stay open.', 'Ms. Okafor')?.detector).toBe('stance-adjective');
  });

  it('leaves a colon after a subject that does not speak alone', () => {
    expect(chosen('The lesson was clear: the dam had been built too low.', 'The lesson')).toBeUndefined();
  });
});

describe('"put it" as a verb of saying ("as one senator put it", "put it bluntly:")', () => {
  it('gives the clause to whoever put it so', () => {
    expect(chosen('As one trader put it, the market has priced in the cut.', 'As one trader')?.source).toBe('one trader');
    expect(chosen('The governor put it plainly: the budget cannot be balanced this year.', 'The governor')).toEqual({ detector: 'reporting-verb', source: 'The governor' });
  });

  it('leaves "put it" with a place alone', () => {
    expect(chosen('The clerk put it in a drawer and locked the office.', 'The clerk')).toBeUndefined();
  });
});

describe('a noun of saying as the object before its subject ("…, a claim the mayor has repeated")', () => {
  it('gives the sentence to the subject between the noun and the verb', () => {
    expect(chosen('The tunnel will open by spring, a claim the mayor has repeated at every hearing.', 'The tunnel')).toEqual({ detector: 'reporting-verb', source: 'the mayor' });
    expect(chosen('The vote was rigged, an assertion which the election board questioned.', 'The vote')?.source).toBe('the election board');
  });

  it('leaves a relative of time, a second verb or a noun with its own clause alone', () => {
    expect(chosen('They waited until the point when the crowd thinned out.', 'They waited')).toBeUndefined();
    expect(chosen('The miners ignored the warning and vowed to stay underground.', 'The miners')?.source).toBe('The miners');
    expect(chosen('The late goal gave the hosts fresh hope they could find a winner.', 'The late goal')).toBeUndefined();
  });
});

describe('an acronym inside a title after an inverted "said" ("said state GOP chairman …")', () => {
  it('gives the quotation to the person named after the title', () => {
    const text = '“The bill is dead,” said state GOP chairman Maria Lopez.';
    const mentions = [{ start: text.indexOf('Maria'), end: text.indexOf('Lopez') + 5, text: 'Maria Lopez', type: 'PER' as const }];
    const { rows } = claimRows(text, segmentSentences(text, { blocks: [] }), { mentions, links: [], blocks: [] });
    expect(rows[0]!.evidence.chosen?.source.text).toBe('Maria Lopez');
  });
});

describe('a finding verb before a gerund clause ("reported being …", "reported having …")', () => {
  it('reports the gerund clause', () => {
    expect(chosen('A third of the nurses reported being assaulted at work last year.', 'A third')?.detector).toBe('reporting-verb');
    expect(chosen('Most tenants in the survey reported having no heating for a week.', 'Most tenants')?.detector).toBe('reporting-verb');
  });
});

describe('a title before a name ("Microsoft President Brad Smith said")', () => {
  it('gives the sentence to the person, not to the title with its body', () => {
    expect(chosen('Microsoft President Brad Smith said the company would invest more.', 'Microsoft')?.source).toBe('Brad Smith');
    expect(chosen('The talks had failed, Transport Secretary Grant Shapps said on Thursday.', 'The talks')?.source).toBe('Grant Shapps');
  });

  it('keeps a name whose capitalised word is no title before a first name', () => {
    expect(chosen('General Motors said sales rose in March.', 'General')?.source).toBe('General Motors');
    expect(chosen('The Bank of England said inflation would fall.', 'The Bank')?.source).toBe('Bank of England');
  });
});

describe('who speaks after an inverted "said" ("said X, who …", "said someone at the meeting")', () => {
  it('takes the speaker before a relative clause, with or without a comma', () => {
    expect(chosen('“It is over,” said Ken Bell, who was at the meeting.', '“It is over')?.source).toBe('Ken Bell');
    expect(chosen('It is over, said a man who was at the meeting.', 'It is over')).toEqual({ detector: 'reporting-verb', source: 'a man' });
  });

  it('reads an indefinite person as a vague source', () => {
    expect(chosen('That is a city, not rural recreation, said someone at the meeting.', 'That is')?.source).toBe('someone');
  });
});

describe('a passive "said" that compares ("The same can\'t be said of …")', () => {
  it('is no report', () => {
    expect(chosen("The same can't be said of the new rules.", 'The same')).toBeUndefined();
    expect(chosen('Much the same can be said for the budget.', 'Much the same')).toBeUndefined();
  });

  it('leaves "is said to" a report of no one in particular', () => {
    expect(chosen('The house is said to be haunted.', 'The house')?.detector).toBe('agentless');
  });
});

describe('interview labels in mixed case ("Mr Malone: …")', () => {
  const text = 'Liberty Media chairman John Malone spoke to us about the merger.\n\nInterviewer: What do you make of it?\n\nMr Malone: It is a good deal. The regulators will approve it.\n\nMalone: The price is fair.\n\nMr Malone said on Monday: the deal is done.';

  it('gives the paragraph to a title and a name before the colon', () => {
    expect(chosen(text, 'Mr Malone: It')).toEqual({ detector: 'speaker-label', source: 'Mr Malone' });
    expect(chosen(text, 'The regulators')).toEqual({ detector: 'speaker-label', source: 'Mr Malone' });
  });

  it('gives it to a surname the article names as a person', () => {
    const mentions = [{ start: text.indexOf('John Malone'), end: text.indexOf('John Malone') + 11, text: 'John Malone', type: 'PER' as const }];
    const { rows } = claimRows(text, segmentSentences(text, { blocks: [] }), { mentions, links: [], blocks: [] });
    expect(rows.find((r) => r.rule.text.startsWith('Malone:'))?.evidence.chosen?.attribution.detector).toBe('speaker-label');
  });

  it('takes no clause before a colon for a label', () => {
    expect(chosen(text, 'Mr Malone said')?.detector).toBe('reporting-verb');
  });
});

describe('a label that changes the speaker in a Q&A layout', () => {
  it('names the speaker of a first-person answer after the interviewer\'s turn', () => {
    const text = 'THE ECONOMIST: You argue that groups are smarter than machines. Please explain.\n\nMr Malone: I think I hear the irony in your voice! Even the best systems are narrow.';
    expect(chosen(text, 'Please explain')?.source).toBe('THE ECONOMIST');
    expect(chosen(text, 'Mr Malone')).toEqual({ detector: 'speaker-label', source: 'Mr Malone' });
    expect(chosen(text, 'Even the best')?.source).toBe('Mr Malone');
  });
});

describe('"Please" opening a sentence', () => {
  it('is a request to the reader, never a speaker', () => {
    expect(chosen('Please note: this transcript has been edited for length.', 'Please')).toBeUndefined();
    expect(chosen('Please note that the office is closed on Friday.', 'Please')).toBeUndefined();
  });
});

describe('a name followed by a preposition and another name ("Lukas Stefanko with ESET")', () => {
  it('stops the speaker before a preposition other than "of"', () => {
    expect(chosen('“We found a new strain,” said Lukas Stefanko with ESET.', '“We found')?.source).toBe('Lukas Stefanko');
    expect(chosen('Anna Berg at Oxford Economics said growth would slow.', 'Anna Berg')?.source).toBe('Anna Berg');
  });

  it('keeps "of", and "on"/"for" after a body\'s word, inside one name', () => {
    expect(chosen('The Bank of England said inflation would fall.', 'The Bank')?.source).toBe('Bank of England');
    expect(chosen('The Council for Economic Development said growth would slow.', 'The Council')?.source).toBe('Council for Economic Development');
  });
});

describe('a first-person paragraph after a quotation', () => {
  it('is the author\'s when the speaker\'s words were in quotation marks', () => {
    const text = '“We will win this,” said Mayor Jane Roe.\n\nI have covered this city for ten years and I have never seen such a turnout.';
    expect(chosen(text, 'I have covered')).toBeUndefined();
  });

  it('still carries a reported writer on, and a quotation that goes on with its marks', () => {
    const text = 'Ammar Askar wrote in a blog post that the bug was easy to find.\n\nIn my case, I chose to report it to the vendor first.';
    expect(chosen(text, 'In my case')).toEqual({ detector: 'block-quote', source: 'Ammar Askar' });
    const quoted = '“We will win this,” said Mayor Jane Roe.\n\n“I am sure of it,” she went on.';
    expect(chosen(quoted, '“I am sure')?.source).toBe('Mayor Jane Roe');
  });
});

describe('a text that an outlet holds ("according to an invitation obtained by POLITICO")', () => {
  it('gives the sentence to the outlet, as "a memo seen by Reuters" is', () => {
    expect(chosen('Meadows was slated to introduce Bennett, according to an invitation obtained by POLITICO.', 'Meadows')).toEqual({ detector: 'according-to', source: 'POLITICO' });
    expect(chosen('An invitation obtained by The Washington Post says the summit will be held in June.', 'An invitation')?.source).toBe('The Washington Post');
  });
});

describe('"went on" closing a quotation\'s sentence', () => {
  it('reports the quotation, as "continued" does', () => {
    const text = 'Hajjaj stayed at the hospital.\n\n“The hospital has no fuel left,” she went on.';
    expect(chosen(text, '“The hospital')?.detector).toBe('reporting-verb');
  });

  it('is no report without a quotation', () => {
    expect(chosen('The war went on.', 'The war')).toBeUndefined();
  });
});

describe('"he said" between commas after an opening quantifier ("Any small hospital, he said, …")', () => {
  it('resolves the pronoun to the person named before, not to the capitalised opener', () => {
    const text = 'Dr. Omar Aziz runs the clinic.\n\nAny small hospital, he said, would need these supplies.\n\nThe new plant, he said, would open next year.';
    const mentions = [{ start: text.indexOf('Omar Aziz'), end: text.indexOf('Omar Aziz') + 9, text: 'Omar Aziz', type: 'PER' as const }];
    const { rows } = claimRows(text, segmentSentences(text, { blocks: [] }), { mentions, links: [], blocks: [] });
    const resolved = (opening: string) => rows.find((r) => r.rule.text.startsWith(opening))?.rule.source?.text;
    expect(resolved('Any small')).toBe('Omar Aziz');
    expect(resolved('The new plant')).toBe('Omar Aziz');
  });
});

describe('imperatives and interjections opening the sentence', () => {
  it('gives no speaker to an opening verb whose object is the reader, nor to "Let us"', () => {
    expect(chosen('Pull your hair into a high bun and add a little flower.', 'Pull')).toBeUndefined();
    expect(chosen('Let us know how it went in the comments.', 'Let us')).toBeUndefined();
  });

  it('skips "Afterwards" and "Oh" before the subject', () => {
    expect(chosen('Afterwards Penny tells the children to run along.', 'Afterwards')?.source).toBe('Penny');
  });
});

describe('a work\'s quoted title inside the subject\'s apposition', () => {
  it('is part of the subject, and the comma inside its closing mark closes the apposition', () => {
    expect(chosen('Gilley, author of the 2017 article “The Case for Colonialism,” argued that the Reich was benevolent.', 'Gilley')?.source).toBe('Gilley');
  });

  it('leaves a quotation that is no title a clause edge', () => {
    expect(chosen('“We are done,” the minister said.', '“We are done')?.source).toBe('the minister');
  });
});

describe('a scare quote, nickname or title in quotation marks inside the subject', () => {
  it('is part of the subject, not a clause edge', () => {
    expect(chosen('Jordan, whose 1992 film “The Crying Game” also came under fire, said Collins was more than a revolutionary.', 'Jordan')?.source).toBe('Jordan');
    expect(chosen('The “History” section of the site explains that the incident was prompted by the video.', 'The')).toBeDefined();
    expect(chosen('A “Euro-sceptic” member of the ruling party said on Thursday the minister had to resign.', 'A')).toBeDefined();
  });

  it('stays an edge before a pronoun or determiner that opens a phrase of its own, and before the verb when its common noun cannot speak', () => {
    const text = 'The agency said the U.S. might not be the "jobs machine" it thinks it is.';
    const { rows } = claimRows(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [] });
    expect(rows[0]!.evidence.candidates.map((c) => c.source.text)).toEqual(['The agency', 'it']);
    expect(chosen('The school board “snafu” demonstrates that our election systems are not infallible.', 'The school')).toBeUndefined();
  });
});

describe('an inverted speaker followed by a relative clause about its prepositional object', () => {
  it('keeps the speaker: the relative describes the crowd or the conference, not who spoke', () => {
    expect(chosen('"We want to thank all of the locations," said Bolden to the gathered crowd which contained many employees.', '"We')?.source).toBe('Bolden');
    expect(chosen('Plastic surgery is booming, said the organisers of a conference that opened on Friday.', 'Plastic')?.source).toBe('the organisers');
  });

  it('still takes a clause with its own verb for what was said', () => {
    expect(chosen('The plan is dead, said her intention that was clear.', 'The plan')).toBeUndefined();
  });
});

describe('an occasion of speaking between a finding verb and its content', () => {
  it('reads "noted in a statement that …" as a report by a described body', () => {
    expect(chosen('The company noted in a statement that the deal was off.', 'The company')?.source).toBe('The company');
    expect(chosen('The firm noted in a letter to lawmakers that the deal was off.', 'The firm')?.source).toBe('The firm');
  });

  it('needs the content: an occasion alone reports nothing', () => {
    expect(chosen('The company noted in a statement its record profits.', 'The company')).toBeUndefined();
  });
});

describe('"Some", "Many", "Others" opening a clause before a verb of saying or belief', () => {
  it('is a vague group that says or believes', () => {
    expect(chosen('Some believe the war is lost.', 'Some')?.source).toBe('Some');
    expect(chosen('Many say the war is lost.', 'Many')?.source).toBe('Many');
    expect(chosen('But now, Winkler and others believe only a few users will pay.', 'But')?.source).toBe('Winkler and others');
  });

  it('is no subject as a determiner of a noun-like form, after a verb, or as the impersonal "one"', () => {
    expect(chosen('Some state legislators are grumbling that the plan is late.', 'Some')?.source).toBe('Some state legislators');
    expect(chosen('The workers want some say in the plan.', 'The workers')).toBeUndefined();
    expect(chosen('One might think the war is lost.', 'One')).toBeUndefined();
  });
});

describe('"According to X" without its comma', () => {
  it('ends a name where the clause\'s subject begins', () => {
    expect(chosen('According to Rathbun the property was returned by mail shortly after he left the Sea Org.', 'According')?.source).toBe('Rathbun');
    expect(chosen('According to The New York Times the deal is off.', 'According')?.source).toContain('New York Times');
  });
});

describe('an absolute construction ("…, with some analysts saying …")', () => {
  it('takes the noun phrase after "with" as the participle\'s subject', () => {
    expect(chosen('Shares rose, with some analysts saying the rise may be an understatement.', 'Shares')?.source).toBe('some analysts');
    expect(chosen('Critics were critical of the attacks, with one poster writing “How can people look at both sides?”', 'Critics')?.source).toBe('one poster');
  });

  it('leaves a commitment alone: it tells what they will do', () => {
    expect(chosen('Still, with companies promising to restock inventory, it is worth checking their pages now and then.', 'Still')).toBeUndefined();
  });
});

describe('"That said" opening the sentence without its comma', () => {
  it('is a connective, not part of the subject', () => {
    expect(chosen('That said the government have argued that the tax is fair.', 'That said')?.source).toBe('the government');
  });
});

describe('an opening verb with a determined object ("Wear all white and add …")', () => {
  it('is an imperative with no speaker', () => {
    expect(chosen('Wear all white and add a red scarf for the party.', 'Wear')).toBeUndefined();
  });
});

describe('a belief verb before a rounded count ("expect about two-thirds of … to")', () => {
  it('reads "about" before a number as rounding the count that opens the clause', () => {
    expect(chosen('Organisers expect about two-thirds of the participants to drop out before the finish.', 'Organisers')?.source).toBe('Organisers');
    expect(chosen('Analysts expect around 20 percent of the stores to close this year.', 'Analysts')?.source).toBe('Analysts');
  });

  it('keeps "about" a preposition after a verb that takes a topic', () => {
    expect(chosen('Managers worry about 300 jobs in the plant.', 'Managers')).toBeUndefined();
  });
});

describe('a verb after "but"/"and" past a reported clause shares the first verb\'s subject when their tenses agree', () => {
  it('joins the first past verb when no verb of the clause between is past', () => {
    const text = 'The article did not spell out exactly how the sea lions manage to tag the whales but said in training they were taught to use suction cups.';
    expect(chosen(text, 'The article')?.source).toBe('The article');
  });

  it('joins the first present verb in -s when no verb of the clause between reads as one in -s', () => {
    const text = 'Green accepts that universities face very real risks, but says shutting campuses down is unsustainable.';
    expect(chosen(text, 'Green accepts')?.source).toBe('Green');
  });
});

describe('a degree or marker word capitalised inside the sentence is a surname ("At the time, Best said")', () => {
  it('takes the capitalised word as the subject', () => {
    expect(chosen('At the time, Best said it did not plan to open any new stores.', 'At the time')?.source).toBe('Best');
  });

  it('keeps the lower-case word a degree before a participle', () => {
    expect(chosen('The city has long been a hub, and best said of all is its harbour.', 'The city')?.source).toBeUndefined();
  });
});
