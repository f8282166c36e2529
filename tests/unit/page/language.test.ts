import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/page/language';

const doc = (lang?: string) =>
  parseHTML(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head></head><body></body></html>`).document as unknown as Document;

describe('the language check', () => {
  it('English full of foreign names and titles stays English', () => {
    const text = [
      'Jean-Luc de la Fontaine, the head of Le Monde des Affaires, met Juan Carlos del Río y Castillo and Ana María de los Santos in Madrid.',
      'Der Spiegel and El País both reported that Les Échos had hired Hans-Peter von der Leyen and Giulia Della Rovere.',
      'The three editors said they would publish a joint investigation into the deal in the spring, according to people familiar with it.',
      'Rio de Janeiro, São Paulo and La Paz were named as the cities where the reporters would work.',
    ].join(' ');
    expect(detectLanguage(doc('en'), text)).toMatchObject({ lang: 'en', english: true });
    expect(detectLanguage(doc(), text)).toMatchObject({ lang: 'en', english: true });
  });

  it('an English article on a page that declares another language is English', () => {
    const text = 'The council approved the budget on Tuesday. The mayor said that it would fund two new libraries and that the tax increase was needed. Opponents said they would appeal, and that the vote was rushed.';
    expect(detectLanguage(doc('de'), text).english).toBe(true);
  });

  it('German, French and Chinese text is named as such', () => {
    expect(detectLanguage(doc('en'), 'Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Bürgermeisterin sagte, dass damit zwei neue Bibliotheken finanziert werden. Die Opposition kritisierte die Steuererhöhung, die für Familien zu hoch sei, und kündigte an, dass sie dagegen klagen wird.').lang).toBe('de');
    expect(detectLanguage(doc(), 'Le conseil municipal a approuvé le budget mardi. La maire a déclaré que les fonds serviront à construire deux bibliothèques et que la hausse des impôts est nécessaire pour les familles de la ville, qui sont nombreuses.').lang).toBe('fr');
    expect(detectLanguage(doc(), '市议会周二批准了预算。市长表示，这笔资金将用于建设两座新图书馆，反对者则认为增税幅度过大。').lang).toBe('zh');
  });

  it('too little text: the page’s declaration decides, else English is assumed', () => {
    expect(detectLanguage(doc('fr'), 'Bonjour')).toMatchObject({ lang: 'fr', basis: 'declared' });
    expect(detectLanguage(doc(), 'Hello')).toMatchObject({ lang: 'en', basis: 'assumed' });
  });
});
