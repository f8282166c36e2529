/** Nouns that describe a person ("China expert Li Yanming", "the founder of Xiaomi"). */
export const PERSON_NOUNS = new Set(
  `expert experts founder cofounder co-founder chairman chairwoman chair director president minister secretary spokesman
  spokeswoman spokesperson analyst professor senator governor mayor ceo cfo coo cto chief executive officer
  ambassador envoy general commander admiral colonel captain lieutenant sergeant inspector detective judge justice
  lawyer attorney economist scientist researcher fellow editor reporter correspondent writer author columnist journalist
  chancellor premier king queen prince princess pope bishop rabbi imam pastor coach strategist adviser advisor consultant
  commissioner representative rep congressman congresswoman lawmaker legislator diplomat ranger engineer designer doctor
  dr surgeon nurse teacher student candidate nominee deputy vice principal dean provost superintendent sheriff chef
  artist actor actress singer player striker goalkeeper boss checker mother father son daughter wife husband brother
  sister elder whisperer chemist physicist biologist geophysicist meteorologist astronomer historian philosopher
  mathematician theorist oceanographer psychologist sociologist anthropologist novelist poet painter sculptor
  photographer filmmaker producer composer musician pianist guitarist rapper comedian athlete footballer entrepreneur
  businessman businesswoman billionaire programmer colleague co-worker coworker graduate friend neighbor neighbour
  resident member veteran official officer worker employee volunteer activist campaigner lecturer scholar`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that describe an organisation ("whale rescue group Project Jonah", "a Chinese space technology company"). */
export const ORGANIZATION_NOUNS = new Set(
  `group company firm startup start-up agency organisation organization charity maker publisher retailer carrier
  network outlet newspaper broadcaster bank lender insurer automaker carmaker manufacturer supplier institute foundation
  union club band brand website platform magazine studio conglomerate corporation party`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that may describe a person or an organisation ("Minecraft developer Mojang", "developer Ammar Askar"). */
export const EITHER_NOUNS = new Set('head leader manager owner investor partner developer giant'.split(' '));

/** Nouns that make the words before a name a title. */
export const TITLE_NOUNS = new Set([...PERSON_NOUNS, ...ORGANIZATION_NOUNS, ...EITHER_NOUNS]);

/** Lower-case words that may sit inside a title ("White House press secretary", "technical committee chairman"). */
export const TITLE_MODIFIERS = new Set(
  `former acting deputy vice senior junior chief executive general associate assistant prime foreign press technical
  committee board managing interim state national regional local military political policy security defense defence
  finance financial trade economic science research campaign party police fire health education energy staff elect
  fact senior-most lead principal top founding retired`
    .split(/\s+/)
    .filter(Boolean),
);

/** Head nouns of a description that fit an organisation beyond those that also make titles ("a research and advocacy organization"). */
export const MORE_ORGANIZATION_NOUNS = new Set(
  `newsletter website site journal channel team committee council court department ministry government administration
  university school college hospital museum league association movement coalition alliance army militia force regime
  think-tank tank lab laboratory collective cooperative exchange operator provider service developer`
    .split(/\s+/)
    .filter(Boolean),
);

/** Head nouns of a description that fit a place ("a city in Texas"). */
export const PLACE_NOUNS = new Set(
  `city town village country state region province capital island area neighborhood neighbourhood borough district
  county suburb port municipality territory nation republic kingdom continent peninsula coast river lake mountain planet
  street square park site community enclave`
    .split(/\s+/)
    .filter(Boolean),
);

/** Head nouns of a description that fit a product, work, event or law ("the first U.S. space station"). */
export const THING_NOUNS = new Set(
  `system console device phone smartphone tablet headset app application game software program programme station vehicle
  car truck model service platform browser chip processor film movie book novel album song series show law act bill
  event festival conference award prize podcast tool language network satellite rocket spacecraft robot drug vaccine
  treaty agreement deal project initiative exhibition fair expo tournament championship cup race war style technology
  format standard disc franchise sequel edition version update feature assistant chatbot`
    .split(/\s+/)
    .filter(Boolean),
);

/** A peer's title, named by the place it is "of" ("Duke of Edinburgh", "Prince of Wales", "Countess of Wessex"): the title and place name a person. */
export const NOBLE_TITLES = new Set(
  'duke duchess prince princess earl countess baron baroness marquess marchioness viscount viscountess'.split(' '),
);

/**
 * "her autobiography, Living History", "his novel The Road", "the film Jaws": a name right after the noun of a
 * work, behind a possessive or article, is the work's title.
 */
export const WORK_NOUNS = new Set(
  'autobiography memoir memoirs novel book biography film movie documentary album song single play musical opera poem podcast sitcom'.split(' '),
);

/** What follows "His", "Her" or "Your" (and "Royal") in addressing someone: "His Honour Judge Neil Ford", "Her Majesty Queen Elizabeth". */
export const FORMS_OF_ADDRESS = new Set('honour honor majesty highness excellency holiness lordship ladyship worship'.split(' '));

/** Abbreviations that open a place's name ("St. Louis Park", "Mt. Vernon", "Ft. Worth"): their period is inside the name. */
export const PLACE_ABBREVIATIONS = new Set('St Mt Ft'.split(' '));

/** Adverbs that stand before a verb ("who quit in 2001 and now runs organisation TED"): a title walk that meets one has crossed the verb. */
export const VERB_ADVERBS = new Set('now still already just never ever often always soon'.split(' '));

/** What a speaker says something in ("… said Jane Smith, a spokeswoman for Acme in a statement"): the phrase it ends is about the saying, not the speaker. */
export const MESSAGE_NOUNS = new Set('email e-mail statement interview letter tweet message briefing'.split(' '));

/** Letters after a person's name for a rank or an honour: "Neil Ford QC", "Jane Smith OBE". */
export const POST_NOMINALS = new Set('qc kc obe mbe cbe kbe dbe frs'.split(' '));

/** Offices that end an institution's or a place's name when they follow it ("Washington Supreme Court Justice …"). */
export const OFFICES = new Set(
  `justice judge congressman congresswoman senator representative minister secretary spokesman spokeswoman spokesperson
  commissioner chairman chairwoman president director governor mayor officer ambassador chancellor superintendent sheriff
  councillor councilman councilwoman treasurer`.split(/\s+/u),
);
