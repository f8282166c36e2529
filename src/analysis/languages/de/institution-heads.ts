/**
 * Nouns that GermEval 2014's training part writes, before a place, as one organisation with it (twice or more, at
 * most once as a word and a place): "Universität Wien" (7 of 8), "Hochschule", "Raiffeisenbank", "Kraftwerk",
 * "Bundesamt", "Theater" (3 of 5).
 */
export const GERMAN_INSTITUTION_HEADS = ['Universität', 'Hochschule', 'Raiffeisenbank', 'Kraftwerk', 'Bundesamt', 'Theater'];
/** Words that may join such a noun to its place ("Universität von Pennsylvania"). */
export const GERMAN_INSTITUTION_LINKS = ['von'];
