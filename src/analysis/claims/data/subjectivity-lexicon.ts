/**
 * Subjectivity lexicon: words and phrases by which an author evaluates,
 * speculates or predicts. Written for this project from the annotation guide
 * (MIT, as the rest of the code); lower case, curly apostrophes folded to "'".
 */

/** Evaluative adjectives, adverbs and nouns: a judgement of merit, size or importance. */
export const EVALUATIVE = [
  'incomparable', 'critical', 'crucial', 'vital', 'essential', 'powerful', 'remarkable', 'extraordinary', 'impressive',
  'terrible', 'awful', 'horrible', 'dreadful', 'disastrous', 'catastrophic', 'excellent', 'great', 'greatest', 'good',
  'better', 'best', 'bad', 'worse', 'worst', 'poor', 'poorly', 'brilliant', 'wonderful', 'fantastic', 'amazing', 'stunning',
  'shocking', 'outrageous', 'absurd', 'ridiculous', 'foolish', 'stupid', 'smart', 'wise', 'unwise', 'reckless',
  'dangerous', 'alarming', 'worrying', 'troubling', 'disturbing', 'deplorable', 'shameful', 'disgraceful', 'scandalous',
  'unfair', 'unjust', 'fair', 'wrong', 'hypocritical', 'misguided', 'flawed', 'naive', 'dubious', 'questionable',
  'controversial', 'problematic', 'unacceptable', 'inexcusable', 'admirable', 'laudable', 'praiseworthy', 'courageous',
  'brave', 'cowardly', 'weak', 'strong', 'huge', 'enormous', 'massive', 'tremendous', 'vast', 'tiny', 'meager', 'paltry',
  'significant', 'important', 'fundamental', 'serious', 'severe', 'dire', 'grim', 'bleak', 'hairy',
  'messy', 'clumsy', 'elegant', 'clever', 'sophisticated', 'primitive', 'backward', 'advanced', 'superior', 'inferior',
  'unprecedented', 'historic', 'dramatic', 'drastic', 'radical', 'extreme', 'excessive', 'overblown', 'exaggerated',
  'interesting', 'fascinating', 'boring', 'dull', 'tedious', 'satisfying', 'disappointing', 'frustrating', 'sad', 'tragic',
  'unfortunate', 'unfortunately', 'fortunately', 'luckily', 'sadly', 'ironically', 'clearly', 'obviously', 'surely',
  'certainly', 'undoubtedly', 'arguably', 'frankly', 'honestly', 'simply', 'merely', 'truly',
  'really', 'incredibly', 'extremely', 'deeply', 'heavily', 'hugely', 'vastly', 'badly', 'sorely', 'desperately',
  'blatant', 'blatantly', 'egregious', 'notorious', 'infamous', 'partisan', 'biased', 'propaganda', 'sham', 'farce',
  'mess', 'debacle', 'fiasco', 'failure', 'success', 'triumph', 'disaster', 'threat', 'menace', 'puppet',
  'lacks', 'lack', 'lacking', 'fails', 'failed', 'falsely', 'lies', 'hard', 'difficult', 'easy', 'easily', 'unlikely',
  'favorite', 'favourite', 'beautiful', 'ugly', 'nice', 'safe', 'unsafe', 'healthy', 'unhealthy', 'worthy', 'worthless',
  'useless', 'useful', 'valuable', 'meaningful', 'meaningless', 'pointless', 'effective', 'ineffective', 'efficient',
  'inefficient', 'impartial', 'sentiment', 'gaps', 'ambitions', 'ambitious', 'aggressive', 'aggressively', 'insatiable',
  'cheap', 'cheaper', 'expensive', 'costly', 'precisely', 'exactly', 'tip of the iceberg', 'hard time',
  "can't catch up", 'catching up', 'lagging', 'so big', 'much more', 'far more', 'far less',
];

/** Hedges and speculation: the author is not asserting a fact. */
export const HEDGES = [
  'may', 'might', 'could', 'perhaps', 'maybe', 'possibly', 'probably', 'likely', 'apparently', 'seemingly', 'seems',
  'seem', 'seemed', 'appears', 'appear', 'appeared', 'presumably', 'suppose', 'presume', 'guess', 'suspect', 'imagine',
  'wonder', 'arguably', 'conceivably', 'potentially', 'would', 'ought', 'should', 'must', 'need to', 'needs to',
  'it is safe to say', 'would be safe to say', 'in fact', 'of course', 'no doubt', 'as if', 'as though',
];

/** Predictions: claims about the future that cannot yet be checked. */
export const PREDICTIONS = [
  'will', "won't", 'going to', 'is set to', 'are set to', 'is poised to', 'are poised to', 'expected to', 'bound to',
  'likely to', 'unlikely to', 'soon', 'eventually', 'in the future', 'forecast', 'predict', 'predicts', 'destined',
];

/** First-person judgement: the author speaking for themselves. */
export const FIRST_PERSON_JUDGEMENT = ['i think', 'i believe', 'i presume', 'i suspect', 'i guess', 'i doubt', 'in my view', 'my favorite', 'my favourite', 'i would', "i 'd", 'we should', 'we must', 'let us', "let's"];
