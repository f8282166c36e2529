/**
 * English words that tell a claim worth checking from a line that only looks
 * like one, for `claimsToCheck`. Language knowledge as data.
 */

/** Finite verbs a claim is built on: be, have, modals, and common verbs whose past or present form does not end in "-ed". */
export const FINITE_VERBS = new Set([
  'is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't",
  'has', 'have', 'had', "hasn't", "haven't", "hadn't",
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "won't", "can't", "couldn't", "wouldn't",
  'do', 'does', 'did', "don't", "doesn't", "didn't",
  'said', 'says', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'found', 'finds', 'became', 'becomes', 'began',
  'begins', 'came', 'comes', 'went', 'goes', 'got', 'gets', 'grew', 'grows', 'held', 'holds', 'kept', 'keeps', 'knew',
  'knows', 'led', 'leads', 'left', 'leaves', 'lost', 'loses', 'met', 'meets', 'paid', 'pays', 'put', 'puts', 'ran', 'runs',
  'rose', 'rises', 'saw', 'sees', 'sent', 'sends', 'sold', 'sells', 'spent', 'spends', 'stood', 'stands', 'told', 'tells',
  'thought', 'thinks', 'won', 'wins', 'wrote', 'writes', 'built', 'builds', 'brought', 'brings', 'bought', 'buys', 'fell',
  'falls', 'felt', 'feels', 'fought', 'hit', 'hits', 'cut', 'cuts', 'shows', 'shown', 'includes', 'plans', 'wants',
  'needs', 'uses', 'owns', 'employs', 'costs', 'remains', 'seems', 'appears', 'allows', 'requires', 'offers', 'provides',
  'lets', 'means', 'contains', 'covers', 'earns', 'faces', 'gains', 'lacks', 'lives', 'owes', 'reaches', 'rules', 'serves',
  'spread', 'spreads', 'struck', 'strikes', 'drew', 'draws', 'drove', 'drives', 'broke', 'breaks', 'chose', 'chooses',
  'sought', 'seeks', 'taught', 'teaches', 'caught', 'catches', 'heard', 'hears', 'meant', 'lay', 'lies', 'sat', 'sits',
  'shut', 'shuts', 'bore', 'bears', 'rang', 'sang', 'swore', 'threw', 'throws', 'wore', 'wears', 'stole', 'steals',
]);

/** Words of comparison and change: what makes a number a claim about the world ("more than", "doubled"). */
export const COMPARISON_WORDS = new Set([
  'more', 'less', 'fewer', 'most', 'least', 'than', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'largest',
  'smallest', 'biggest', 'highest', 'lowest', 'increase', 'increased', 'increases', 'decrease', 'decreased', 'decreases',
  'rise', 'rose', 'risen', 'fell', 'fallen', 'drop', 'dropped', 'doubled', 'tripled', 'halved', 'percent', 'per', 'cent',
  'twice', 'half', 'majority', 'record', 'first', 'only',
]);

/** First words of lines that sell or steer rather than state: "Subscribe to …", "Sign up", "Click here", "Watch: …". */
export const PROMO_OPENERS = new Set([
  'subscribe', 'sign', 'click', 'tap', 'download', 'follow', 'share', 'watch', 'listen', 'register', 'read', 'see', 'join',
  'try', 'shop', 'advertisement', 'sponsored', 'promoted', 'related', 'more',
]);

/** Words that open a line stamping the page rather than a claim: "Updated 10:32 a.m.", "Posted Nov. 3". */
export const STAMP_WORDS = new Set(['updated', 'published', 'posted', 'modified', 'edited', 'filed', 'photo', 'photograph', 'image', 'credit', 'copyright']);

/** A dateline: a place in capitals, a comma, then a region or date ("HAYWARD, Calif.", "LONDON, March 3"). */
export const DATELINE = /^\p{Lu}{2,}(?:[\s.'-]+\p{Lu}{2,})*\s*,/u;

/** A line that opens with a clock time is a live-blog stamp ("12:00 PM PT -- …", "10 p.m."). */
export const CLOCK_OPENING = /^\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)/iu;
