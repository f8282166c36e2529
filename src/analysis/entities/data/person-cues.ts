/**
 * Words right after a lone name that only a person is the subject of ("Seagal,
 * who …", "Blunt starred", "Cotton was born"). Verbs that companies are also
 * said to do ("said", "told", "wrote", "recorded") are left out.
 */
export const PERSON_AFTER = [
  'who',
  'whose',
  'was born',
  'were born',
  'died',
  'thought',
  'believed',
  'recalled',
  'starred',
  'co-starred',
  'married',
  'divorced',
  'enrolled',
  'grew up',
  'retired',
  'laughed',
  'smiled',
  'sang',
  'himself',
  'herself',
];

/** What a person has and a company does not: "LaBeouf's career", "Rafferty's brother". */
export const PERSON_POSSESSIONS = new Set(
  `wife husband son sons daughter daughters brother brothers sister sisters mother father parents girlfriend boyfriend
  widow widower fiancé fiancée childhood funeral death birth memoir autobiography grandmother grandfather uncle aunt
  career songwriting teachings`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Counting words a person's cue may follow as their subject ("One, who asked not to be named, said …", "Both starred"). */
export const COUNTING_SUBJECTS = new Set('one|two|three|both|each|either|neither|several|few|others'.split('|'));
