/**
 * Particles inside people's names, German and the neighbours' that German news writes
 * ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg", "Edwin van der Sar"), as written.
 */
export const GERMAN_NAME_PARTICLES: readonly string[] = [
  'von und zu', 'von der', 'von dem', 'van der', 'van den', 'van de', 'de la', 'von', 'van', 'de', 'di', 'da', 'del', 'della',
  'dos', 'du', 'ten', 'ter',
];

/** Particles that are also everyday prepositions ("Peter zu Hause"): the family name after them must be tagged. */
export const GERMAN_PREPOSITION_PARTICLES: readonly string[] = ['zu'];
