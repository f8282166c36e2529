/**
 * Endings of the adjectives in -isch, which German writes with a capital only where a name begins with them
 * ("die Karnischen Alpen", "der Bayerische Rundfunk"); GermEval's training part writes all 51 such adjectives
 * before a name inside it.
 */
export const GERMAN_NAME_ADJECTIVE_ENDINGS: readonly string[] = ['ische', 'ischen', 'ischer', 'isches', 'ischem'];
