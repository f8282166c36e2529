/**
 * Nouns that say a work's title in quotation marks follows ("der Film „Das Boot“", "die ARD-Soap
 * „Sturm der Liebe“"), also at the end of a compound ("Kinofilm", "Maxi-Single"), so none that ends
 * everyday words ("Lied" ends "Mitglied", "Stück" "Frühstück", "Spiel" "Beispiel"). "Titel" is left out:
 * GermEval's training part writes what follows it as no name.
 */
export const GERMAN_TITLE_NOUNS: readonly string[] = [
  'Film', 'Serie', 'Soap', 'Sendung', 'Show', 'Roman', 'Buch', 'Album', 'Single', 'Song', 'Musical', 'Oper', 'Theaterstück',
  'Gedicht', 'Gemälde', 'Artikel', 'Hörspiel', 'Videospiel', 'Computerspiel', 'Ausstellung', 'Motto', 'Slogan',
];
