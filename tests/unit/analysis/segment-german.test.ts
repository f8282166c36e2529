import { describe, expect, it } from 'vitest';
import { GERMAN_SEGMENTATION } from '../../../src/analysis/languages/de/segmentation';
import { segmentSentences } from '../../../src/analysis/segment';

const german = (text: string) => segmentSentences(text, { segmentation: GERMAN_SEGMENTATION }).map((s) => text.slice(s.start, s.end));
const english = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences with the German pack', () => {
  it('keeps dotted abbreviations inside a sentence, with or without inner spaces', () => {
    expect(german('Es geht z. B. um Lieferscheine, d. h. Dokumente der Zulieferer. Sie fehlen.')).toEqual([
      'Es geht z. B. um Lieferscheine, d. h. Dokumente der Zulieferer.',
      'Sie fehlen.',
    ]);
    expect(german('Betroffen sind u.a. Kunden bzw. Mitarbeiter. Der Konzern schweigt.')).toEqual([
      'Betroffen sind u.a. Kunden bzw. Mitarbeiter.',
      'Der Konzern schweigt.',
    ]);
  });

  it('keeps "Mio." and "Mrd." before a capitalised noun, and ends a sentence after "usw." before a sentence starter', () => {
    expect(german('Das kostet 5 Mio. Euro und 2 Mrd. Dollar. Das ist viel.')).toEqual(['Das kostet 5 Mio. Euro und 2 Mrd. Dollar.', 'Das ist viel.']);
    expect(german('Es gibt Äpfel, Birnen usw. Die Preise steigen.')).toEqual(['Es gibt Äpfel, Birnen usw.', 'Die Preise steigen.']);
  });

  it('reads a number before a month or a counted noun as an ordinal ("3. Oktober", "19. Jahrhundert")', () => {
    expect(german('Am 3. Oktober 1990 kam die Einheit. Im 19. Jahrhundert war das anders.')).toEqual([
      'Am 3. Oktober 1990 kam die Einheit.',
      'Im 19. Jahrhundert war das anders.',
    ]);
    expect(german('Die Zahl stieg auf 300. Das ist viel.')).toEqual(['Die Zahl stieg auf 300.', 'Das ist viel.']);
  });

  it('reads a number after an article as an ordinal before any noun ("des 2. Forums", dtb.de)', () => {
    expect(german('Die Ergebnisse werden im Rahmen des 2. Forums vorgestellt. Das 2. Forum ist öffentlich.')).toEqual([
      'Die Ergebnisse werden im Rahmen des 2. Forums vorgestellt.',
      'Das 2. Forum ist öffentlich.',
    ]);
    expect(german('Geöffnet wird uns oben im 1. Stockwerk.')).toEqual(['Geöffnet wird uns oben im 1. Stockwerk.']);
    // Not after a noun: "ab Seite 49." ends its sentence.
    expect(german('Leser kritisieren ihn ab Seite 52. Die Redaktion antwortet.')).toEqual(['Leser kritisieren ihn ab Seite 52.', 'Die Redaktion antwortet.']);
  });

  it('keeps titles and "Nr." before what follows them', () => {
    expect(german('Dr. Müller und Prof. Schmidt wohnen in Haus Nr. 5. Sie sind Nachbarn.')).toEqual([
      'Dr. Müller und Prof. Schmidt wohnen in Haus Nr. 5.',
      'Sie sind Nachbarn.',
    ]);
    // English titles, as German news writes them (mannschaft.com, 2022).
    expect(german('2020 wurde ich von einer Jury zu Mr. Gay Germany gewählt. Sehr gerne würde ich reisen.')).toEqual([
      '2020 wurde ich von einer Jury zu Mr. Gay Germany gewählt.',
      'Sehr gerne würde ich reisen.',
    ]);
  });

  it('ends a sentence after German closing quotes „…“ and »…«', () => {
    expect(german('Er sagte: „Das ist gut.“ Dann ging er. Sie rief: »Halt!« Niemand hörte.')).toEqual([
      'Er sagte: „Das ist gut.“',
      'Dann ging er.',
      'Sie rief: »Halt!«',
      'Niemand hörte.',
    ]);
  });

  it('keeps the German rules in the German pack: English text is split by English rules', () => {
    expect(english('Es geht z. B. um Lieferscheine.')).toEqual(['Es geht z.', 'B. um Lieferscheine.']);
    expect(english('Am 3. Oktober kam er.')).toEqual(['Am 3.', 'Oktober kam er.']);
  });
});
