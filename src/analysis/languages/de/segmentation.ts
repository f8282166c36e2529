import type { SegmentationData } from '../types';

const MONTHS = ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/**
 * Where German sentences end (written for this project, MIT). German capitalises every
 * noun, so an abbreviation's full stop ends a sentence only before a word that starts one
 * ("z. B. Äpfel" runs on; "usw. Die Polizei …" does not), and a number's full stop before a
 * month or a counted noun is an ordinal ("am 3. Oktober", "im 19. Jahrhundert").
 */
export const GERMAN_SEGMENTATION: SegmentationData = {
  // English titles too: German news writes "Mr. Gay Germany", "Mrs. Doubtfire" as they are.
  titles: new Set(['dr', 'prof', 'hr', 'st', 'dipl', 'ing', 'mag', 'med', 'jur', 'phil', 'rer', 'nat', 'pol', 'h.c', 'dres', 'mr', 'mrs', 'ms']),
  beforeNumber: new Set([
    'nr', 'bd', 'abs', 'art', 'kap', 'ca', 'ziff', 'tel', 'no', 'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul',
    'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'vol', 'lfd',
  ]),
  midSentence: new Set(['inc', 'corp', 'ltd', 'co', 'plc', 'llc']),
  dottedAbbreviations: [
    'z. B.', 'u. a.', 'd. h.', 'u. U.', 'v. a.', 'z. T.', 'o. ä.', 'o. Ä.', 's. o.', 's. u.', 'u. v. m.', 'i. d. R.', 'm. E.',
    'z. Zt.', 'u. ä.', 'v. Chr.', 'n. Chr.', 'a. D.', 'i. R.', 'e. V.', 'o. g.', 'bzw.', 'usw.', 'etc.', 'Mio.', 'Mrd.',
    'Tsd.', 'ggf.', 'evtl.', 'inkl.', 'exkl.', 'zzgl.', 'vgl.', 'sog.', 'bspw.', 'insb.', 'Str.', 'Jh.', 'Jhd.', 'Abb.',
    'Anm.', 'Aufl.', 'Hrsg.', 'geb.', 'gest.', 'verh.', 'bzgl.', 'lt.', 'max.', 'min.', 'rd.', 'gem.', 'ehem.', 'allg.',
    'jew.', 'Std.', 'Min.', 'Sek.', 'Proz.', 'Mass.', 'Pkt.', 'Tab.', 'Verf.', 'zit.', 'zus.', 'Ggs.', 'Kfz.', 'Kl.',
  ],
  sentenceStarters: new Set([
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Er', 'Sie', 'Es', 'Ich', 'Wir',
    'Ihr', 'Man', 'Aber', 'Und', 'Doch', 'Denn', 'Dann', 'Auch', 'Auf', 'In', 'Im', 'Am', 'An', 'Bei', 'Mit', 'Nach',
    'Vor', 'Für', 'Seit', 'Als', 'Wenn', 'Wie', 'Was', 'Wer', 'Wo', 'Damit', 'Dabei', 'Dazu', 'Darauf', 'Daher',
    'Deshalb', 'Trotzdem', 'Zudem', 'Außerdem', 'Allerdings', 'Jedoch', 'So', 'Nun', 'Heute', 'Gestern', 'Dieser',
    'Diese', 'Dieses', 'Diesen', 'Sein', 'Seine', 'Ihre', 'Unser', 'Unsere', 'Zwar', 'Viele', 'Einige', 'Laut', 'Nicht',
    'Kein', 'Keine', 'Zum', 'Zur', 'Vom', 'Beim', 'Um', 'Unter', 'Über', 'Gegen', 'Bis', 'Ob', 'Dass', 'Da', 'Dort',
    'Hier', 'Jetzt', 'Noch', 'Schon', 'Nur', 'Mehr', 'Alle', 'Wegen', 'Während', 'Obwohl', 'Weil', 'Insgesamt',
  ]),
  ordinalNouns: new Set([
    ...MONTHS, 'jahrhundert', 'jahrhunderts', 'jahrtausend', 'mal', 'platz', 'liga', 'bundesliga', 'klasse', 'stock',
    'etage', 'kapitel', 'weltkrieg', 'weltkriegs', 'weltkrieges', 'runde', 'spieltag', 'quartal', 'halbjahr', 'advent',
    'fc', 'lebensjahr', 'geburtstag', 'jahrestag', 'amtszeit', 'legislaturperiode', 'wahlperiode', 'sitzung', 'lesung',
    'instanz', 'senat', 'korps', 'armee', 'division', 'symphonie', 'sinfonie', 'auflage', 'stufe', 'grades', 'grad',
  ]),
  // An article needs its noun: "im Rahmen des 2. Forums" runs on, whatever the noun.
  ordinalArticles: new Set([
    'der', 'die', 'das', 'des', 'dem', 'den', 'am', 'im', 'zum', 'zur', 'beim', 'vom', 'ins', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
    'seiner', 'seines', 'seinem', 'seinen', 'ihrer', 'ihres', 'ihrem', 'ihren', 'dieser', 'dieses', 'diesem', 'diesen',
  ]),
  closers: new Set(['"', '”', '“', '’', '‘', "'", ')', ']', '»', '«']),
  openers: new Set(['"', '„', '“', '‚', '‘', "'", '(', '[', '»', '«']),
};
