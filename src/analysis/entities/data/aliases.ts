/**
 * Names that refer to the same place or body without sharing letters, as
 * `nameKey` forms (lower case, no spaces, dots or hyphens). Each group is one entity.
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['unitedstates', 'us', 'usa', 'america', 'unitedstatesofamerica'],
  ['unitedkingdom', 'uk', 'britain', 'greatbritain'],
  ['europeanunion', 'eu'],
  ['unitednations', 'un'],
  ['sovietunion', 'ussr'],
  ['unitedarabemirates', 'uae'],
  ['northatlantictreatyorganization', 'nato'],
  ['peoplesrepublicofchina', 'prc', 'china', 'mainlandchina'],
  ['chinesecommunistparty', 'communistpartyofchina', 'ccp', 'cpc'],
  ['federalbureauofinvestigation', 'fbi'],
  ['centralintelligenceagency', 'cia'],
  ['worldhealthorganization', 'who'],
  ['internationalmonetaryfund', 'imf'],
  ['newyorkcity', 'nyc'],
];
